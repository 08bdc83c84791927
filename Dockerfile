# Pantau from the jar that `./mvnw package` builds (see docker-compose.yml).
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /app pantau && mkdir /app/data && chown pantau /app/data
WORKDIR /app
COPY target/pantau-*.jar /app/pantau.jar
USER pantau
EXPOSE 8080
# The local profile's H2 database lives in /app/data (a named volume in docker-compose.yml).
ENTRYPOINT ["java", "-jar", "/app/pantau.jar"]
