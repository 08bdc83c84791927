# Pantau from the jar that `./mvnw package` builds (see docker-compose.yml).
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /app pantau && mkdir /app/data && chown pantau /app/data
WORKDIR /app
COPY target/pantau-*.jar /app/pantau.jar
USER pantau
EXPOSE 8080
# In prod everything lives in PostgreSQL (files too); /app/data is the local profile's H2
# database, and where files of an earlier version are imported from.
ENTRYPOINT ["java", "-jar", "/app/pantau.jar"]
