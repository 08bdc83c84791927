-- People who logged in through Keycloak (profile "keycloak"), as their last token described
-- them: the user directory team assignment looks inspectors up in. Roles and regions are
-- comma-separated ids; Keycloak stays the source, this is a record of what it said.
create table known_user (
    username  varchar(100) primary key,
    name      varchar(200) not null,
    roles     varchar(500) not null,
    regions   varchar(500) not null,
    nip       varchar(18),
    last_seen timestamp with time zone not null
);
