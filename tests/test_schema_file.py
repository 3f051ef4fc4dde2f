"""The committed schema.graphql is the schema the code serves."""

from api.schema import SCHEMA_FILE
from etebar.domains.compose import export_sdl


def test_the_committed_schema_matches_the_code():
    assert SCHEMA_FILE.read_text() == export_sdl(), (
        "schema.graphql is stale: run `make schema` and commit it")
