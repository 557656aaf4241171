# The iotad SageMaker bring-your-own container (docs/aws.md):
#   docker build -t iotad:0.1.0 .
#   docker run --rm -v "$PWD/ml:/opt/ml" iotad:0.1.0 train
#   docker run --rm -v "$PWD/ml:/opt/ml" -p 8080:8080 iotad:0.1.0 serve

# 1. build the runnable jar with the project's own Maven build (tests run in CI, not in the image build)
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
# the whole reactor (.dockerignore leaves out build outputs and node_modules)
COPY . .
RUN mvn -B -q -DskipTests -pl ad-cli -am package

# 2. the runtime: a Temurin 17 JRE, the jar and the entry point
FROM eclipse-temurin:17.0.13_11-jre-jammy
COPY --from=build /src/ad-cli/target/iotad.jar /opt/iotad/iotad.jar
COPY docker/iotad-container /usr/local/bin/iotad-container
ENV IOTAD_ML_ROOT=/opt/ml
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/iotad-container"]
