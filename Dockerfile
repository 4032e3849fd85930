# syntax=docker/dockerfile:1
#
# PartyScoring web app.
#   docker build -t partyscoring .        (or: docker compose up --build)
#
# The .NET 10 images are Ubuntu 24.04, where `chromium` is only a snap wrapper that does
# not work in a container. The runtime stage is therefore Debian 12 (where the Chromium
# PDF export is verified) with the ASP.NET Core runtime copied from the official image.

# ---- build ---------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
# Drop any host build output that came along with the sources.
RUN find src -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} + \
 && dotnet publish src/PartyScoring.Web -c Release -o /app --nologo

# ---- runtime -------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS aspnet

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        ca-certificates tzdata libicu72 libssl3 \
        chromium fonts-wqy-microhei \
 && rm -rf /var/lib/apt/lists/*
COPY --from=aspnet /usr/share/dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet \
 && groupadd --gid 1654 app \
 && useradd --uid 1654 --gid app --create-home --shell /usr/sbin/nologin app

ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DOTNET_NOLOGO=1

WORKDIR /app
COPY --from=build /app ./
# Evidence files and logs live under /app/data (a volume in docker-compose.yml).
RUN mkdir -p /app/data && chown -R app:app /app/data
USER app

EXPOSE 8080
ENTRYPOINT ["dotnet", "PartyScoring.Web.dll"]
