-- Issue 15: where the aggravating factors given to the sanction table came from. Pantau
-- proposes "signed an integrity pact" from the pledge registry (the campaign and the scan of
-- its signed document) and "repeat offence" from earlier proven cases of the same NIP; the
-- inspector confirms them by ticking the factor. Each recommendation keeps the proposals it
-- was made with, so that the inputs show whether a factor was proposed and confirmed,
-- proposed and left out, or given without a proposal.
create table sanction_recommendation_proposal (
    recommendation_id  bigint        not null references sanction_recommendation(id),
    position           integer       not null,
    factor             varchar(32)   not null,
    source             varchar(32)   not null,
    reference          varchar(64)   not null,
    label              varchar(200)  not null,
    dated              date,
    document_sha256    varchar(64),
    primary key (recommendation_id, position)
);
