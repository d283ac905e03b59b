# Parley's server image. The explorer is prebuilt in web/dist, so the build
# needs only Go.
FROM golang:1.25 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /parley ./cmd/parley

FROM gcr.io/distroless/static-debian12
COPY --from=build /parley /parley
USER nonroot
EXPOSE 8080
ENTRYPOINT ["/parley"]
CMD ["serve"]
