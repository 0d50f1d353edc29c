# syntax=docker/dockerfile:1
#
# One recipe for every app of the platform; the build argument MODULE picks the Maven module:
#   docker build --build-arg MODULE=partnership-service -t international-platform/partnership-service .
# docker-compose.yml builds all five this way (gateway, partnership-service, project-service,
# monitoring-service, reporting-service).
#
# Stage 1 builds the module (and the platform modules it needs) with the Maven wrapper on a JDK 17;
# stage 2 runs its exec jar on a JRE (17 unless the build argument RUNTIME_JAVA says otherwise: the
# gateway runs on 25 for its virtual threads) as a non-root user. The JRE image (Ubuntu) ships curl,
# which the health checks use.

ARG RUNTIME_JAVA=17

FROM eclipse-temurin:17-jdk-noble AS build
ARG MODULE
RUN test -n "$MODULE" || { echo "Set the build argument MODULE, e.g. --build-arg MODULE=partnership-service" >&2; exit 1; }
WORKDIR /src
COPY . .
# The BuildKit cache mount keeps the Maven distribution and ~/.m2 between builds and between the apps
# (locked: compose builds the five images in parallel, and they share one local repository).
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    ./mvnw -B -q -DskipTests package -pl "$MODULE" -am \
 && cp "$MODULE"/target/"$MODULE"-*-exec.jar /app.jar

FROM eclipse-temurin:${RUNTIME_JAVA}-jre-noble
ARG MODULE
LABEL org.opencontainers.image.title="$MODULE" \
      org.opencontainers.image.description="Gothenburg international cooperation platform: $MODULE"
RUN groupadd --system app \
 && useradd --system --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
USER app
# Each app reads SERVER_PORT (and its DATABASE_*/KAFKA_*/..._SERVICE_URL settings) from the environment.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
    CMD curl -fsS "http://127.0.0.1:${SERVER_PORT:-8080}/actuator/health/readiness" || exit 1
# java is PID 1 (exec form): `docker stop` sends it SIGTERM and Spring shuts down gracefully.
# More JVM flags: set JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseSerialGC", "-jar", "/app/app.jar"]
