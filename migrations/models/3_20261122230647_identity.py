from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "identity_partner" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "identity_partner"."kind" IS 'MERCHANT: merchant\nHOTEL: hotel\nAIRLINE: airline\nINSURER: insurer\nSALES_AGENT: sales_agent\nBANK_BRANCH: bank_branch';
COMMENT ON TABLE "identity_partner" IS 'An organisation that integrates with Etebar: it owns accounts and enrols customers.';
        CREATE TABLE IF NOT EXISTS "identity_sign_in_code" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "mobile" VARCHAR(11) NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "attempts" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_identity_si_mobile_8b06d7" ON "identity_sign_in_code" ("mobile");
COMMENT ON COLUMN "identity_sign_in_code"."used_at" IS 'signed in with, or replaced';
COMMENT ON TABLE "identity_sign_in_code" IS 'A one-time code sent by SMS: kept as a keyed hash, valid once, for a short time.';
        CREATE TABLE IF NOT EXISTS "notify_caught_sms" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "mobile" VARCHAR(11) NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_notify_caug_mobile_5c9a0b" ON "notify_caught_sms" ("mobile");
        CREATE TABLE IF NOT EXISTS "audit_entry" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "actor_kind" VARCHAR(16) NOT NULL,
    "actor_name" VARCHAR(300) NOT NULL,
    "partner_id" BIGINT,
    "operation" VARCHAR(100) NOT NULL,
    "input" JSONB NOT NULL,
    "result" VARCHAR(100) NOT NULL,
    "duration_ms" INT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_entry_actor_d4f1d5" ON "audit_entry" ("actor", "id");
CREATE INDEX IF NOT EXISTS "idx_audit_entry_operati_873f0f" ON "audit_entry" ("operation", "id");
CREATE INDEX IF NOT EXISTS "idx_audit_entry_partner_5d72b0" ON "audit_entry" ("partner_id", "id");
CREATE INDEX IF NOT EXISTS "idx_audit_entry_at_c3f19e" ON "audit_entry" ("at");
COMMENT ON COLUMN "audit_entry"."at" IS 'when the operation started';
COMMENT ON COLUMN "audit_entry"."actor" IS 'staff:<id>, partner_key:<id>, ...';
COMMENT ON COLUMN "audit_entry"."partner_id" IS 'the partner acting, if any';
COMMENT ON COLUMN "audit_entry"."input" IS 'the arguments, secrets masked';
COMMENT ON COLUMN "audit_entry"."result" IS 'the success type''s name, or the error''s code';
        CREATE TABLE IF NOT EXISTS "identity_customer" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "mobile" VARCHAR(11) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "language" VARCHAR(2) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "partner_id" BIGINT REFERENCES "identity_partner" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "identity_customer"."mobile" IS '09xxxxxxxxx';
COMMENT ON COLUMN "identity_customer"."language" IS 'FA: fa\nEN: en';
COMMENT ON COLUMN "identity_customer"."partner_id" IS 'the partner whose member this customer is; null for the platform''s own';
COMMENT ON TABLE "identity_customer" IS 'A person with accounts (owner `customer:<id>`), enrolled by a partner or by the platform.';
        CREATE TABLE IF NOT EXISTS "identity_customer_session" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "prefix" VARCHAR(16) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "customer_id" BIGINT NOT NULL REFERENCES "identity_customer" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "identity_partner_key" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "scopes" JSONB NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "partner_id" BIGINT NOT NULL REFERENCES "identity_partner" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "identity_partner_key"."prefix" IS 'shown to tell keys apart';
COMMENT ON COLUMN "identity_partner_key"."created_by" IS 'the actor who issued it';
COMMENT ON TABLE "identity_partner_key" IS 'A partner''s API key, limited to the scopes (or operation names) it was given.';
        ALTER TABLE "identity_staff_user" ADD "partner_id" BIGINT;
        ALTER TABLE "identity_staff_user" ADD "locked_until" TIMESTAMPTZ;
        ALTER TABLE "identity_staff_user" ADD "failed_sign_ins" INT NOT NULL DEFAULT 0;
        COMMENT ON COLUMN identity_staff_user."partner_id" IS 'set for a partner''s staff: they reach only that partner''s data';
COMMENT ON COLUMN identity_staff_user."failed_sign_ins" IS 'wrong passwords in a row';
        ALTER TABLE "identity_staff_user" ADD CONSTRAINT "fk_identity_identity_c9dd6980" FOREIGN KEY ("partner_id") REFERENCES "identity_partner" ("id") ON DELETE RESTRICT;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "identity_staff_user" DROP CONSTRAINT IF EXISTS "fk_identity_identity_c9dd6980";
        ALTER TABLE "identity_staff_user" DROP COLUMN "partner_id";
        ALTER TABLE "identity_staff_user" DROP COLUMN "locked_until";
        ALTER TABLE "identity_staff_user" DROP COLUMN "failed_sign_ins";
        DROP TABLE IF EXISTS "identity_partner_key";
        DROP TABLE IF EXISTS "identity_sign_in_code";
        DROP TABLE IF EXISTS "identity_customer_session";
        DROP TABLE IF EXISTS "audit_entry";
        DROP TABLE IF EXISTS "notify_caught_sms";
        DROP TABLE IF EXISTS "identity_customer";
        DROP TABLE IF EXISTS "identity_partner";"""


MODELS_STATE = (
    "eJztXWtz4jYX/isaf+nuDN3JZa+00xmSsLt0E8gEtu100/EKW4AntkQtEcL03f/+SjI2vg"
    "E2MWCM+mEbJB3ZPkeSz3nOxf9pDjGRTV81DINMMNPq4D8NQwfxP+JdNaDB8XjRIRoY7Nty"
    "rI3MIXJ1GBrbp8yFhphyAG2KeJOJqOFaY2YRzFvxxLZFIzH4QAsPF00TbP07QTojQ8RGyO"
    "Ud3/7hzRY20ROi4uc3/4KWKa5l8BvS/hFjxg/6wEK2GXkQb5Bs19lsLNsurGELs49yrLiL"
    "vm4Qe+LgxfjxjI0IDggs77GGCCMXMiSuwNyJeCxx13M++E/qPcFiiHfrIRoTDeDEZiE29P"
    "VFm6br7U5P7zZ7uq7lYJxBsGA6v1UqGTAUt/Dzh7Oz8/N3Zyfnb9+/ef3u3Zv3J+9rQmK8"
    "L9n17od3MwtueVNJnrU+tdo9cUOES9YTvGj4IWkggx6VlNCC+1I4Cf5fjqCbzn1/fIz//M"
    "Hi/Pe5vUoAfsNCAovVuLkItOkIMvDAJwVkAOarvg6MCWXE4ctyCm0byfWSQUoOfNJthIds"
    "xH++fb1CAH807i4/N+5evH39MiqF9rznTHYJeSz4T6acY3kEEBBsJIH5Al8hgJ1ugQhzT8"
    "/eZ+AuH7WUvbIvyl/5/xzs9cfvbn1r2k64e3ZykoG7fNRS7sq+KHfRE0MuhraedogvZ3KM"
    "rJCVvN+zfPsLmc4oQ47+gGZ5OB2lqhqjP7zNwOcPb5eyWXRFuWyivsWo7vBXhY4J09GTgZ"
    "CpGy4yeXuKokKIjSBOZ/76yWIC6fPZtnXMBC1bkMoqraTTuRYzO5T+a3tqSkxHaX+9uWjy"
    "7SClxAdZLKK6hFQVj28Jfnpszimb9ZMp2eSWjW5bjsXyqfNxyvWKfVFcP6mAYh+SgE0oSj"
    "OlVu6CgEit9hyrfX6wjxE2xc3kWu9JWrXiN1vxPicJZakLP4MQAlIlgw1PnflrdKOtkEKs"
    "5PBMOWywGZK0SgqbSeERuVTcaC72h4hKy3eNIj43NhBnt9NHrsDV2AgBG1IG0CPCWdG0vY"
    "jFQQwKADQpl9+7nXa6VMI0MbGYlsHA/4Bt0a2JR/t1MMGGYD7oTyybWZi+Epf9bVtY0Qoe"
    "Cx5F9Cbffn5x0/grblpfXncuJMv4WTJ05SxygovkeSVYpsMUa+GK9zDLQUtPqxBlXDRz0l"
    "f+H+UBpbMfXfwBzQ62Z5oHrawQTa910+z2Gje3EflcNXpN0XMmW2ex1hdxOCSYBPzZ6n0G"
    "4if4u9NuxsUYjOv9rYl7ghNGuOU81aEZQoH8Vp9rEalH3EJZIawIUZndDpuihVlArNPlIN"
    "apBLGEe23wkOri8RiYZPlH4iJriL+gmWR8i98j5Ed8CpvnvsbrYKIDY/gPf035rYv16sJp"
    "4JOMLjX+/PypkWcD3vGlf9e65G8Wweg+NB6m0DX1CMdFDzkjsZZgbLLLOXPiLRDDoeSPeB"
    "Bx21E3b1O+ape7gZv+qzirL1gPXt5rPcJaj7/wyYT1yVMdEIyAS6ZgzHWB+VTAGEE85HSe"
    "ioDMSOfU4itqwsAQjumruLJQ8NQpHupvmv/AnnB9fcbzS4d818pNXUo3dSCvXDIIU+1Ot6"
    "6IMA4f7qqsIA4L8aqcGA4X9KquKA4M96qiIJRBnxtbKZMB7/NkpQUf1aKz77UondpnG+8z"
    "fgOYDpaAKKskECNUIsglghXwSiiq+pn4SiiW+8AEkRVgiR4DSxCWtOVeAHd7oakqyt7YHi"
    "8VgjUHD1OwqwWsuBa1WkCZ6+GqBgaQUuThQ4AreoBMMeAiZXUfOqIAYhP4XKMAo0fkAsd6"
    "AmxKgHexFLSq0JnXp1MshaT2G7tfojjQYiD02gr8qfxh5LtjdqZA8tMVgeSnyUBysXny8N"
    "cfX2b+atQRiSaUzY8G14J8hjHhbK0BhJk7y+g0j7D//CwD98/PljJfdCnT7Th9sQktdrkq"
    "kNBv0wKs55Qfv9whG7L0IJbK6rY/tqkt3XroYKCzpqhN8SFZ9Kc56KiH1epsjj+uXTMk0+"
    "nAfJJAu/lFhgL5v4Q+hOyBIJhRYDnORN5Eus+vkFmfoUGVy5pWfj5NLoh0RaCJJ07C1Iu6"
    "+3ziHSbvhWD8PKrBbbN91Wp/qvvL/h7fdrq95hVvkGj0Pf6j07oSvx+JZYrfzb9uW3eiAT"
    "2NLdfDq/elJ4cTAMXN0A10hyhlAbpDuVJbD0RTyAT68qmI/cj1vP4s90GZpN3orFwv3OMD"
    "HkOs3S08VjJhZEXHkkuxAIAsC1TZwahH+D87ACr3qkJsEaZ8ljK9SovOpT7nU5u5xBeaKn"
    "DII3K41S+03e/QEcbQdzBwicN1XxmcEcSzMcKbPOe035bUnouePEtVFxfxZxfxVN6KFWIN"
    "Wrgo+fhvXpyJHsX5/b55qmd6p2+aiN8qCK+UyjlXRJ0xYVzes7x1CFJIK4dCb6XChitCGC"
    "nTTWuIaC6INElZZrB0Q54XX5DHOz3zHTMLGuVW3zyCqJqVqGYSx3IIRjP5mt7IcC9+mYvq"
    "WJviLD5tqTnfbbU/XTf128+NbrMOKOe1jfTxCFJ0j9PRF33RzA1oPegTSMyiT+Ax4eDN/W"
    "MwAh8hE6ZTxC9spuD0y1HMJGWFrPOz09fvXr8/f/s6OLaCllWnVfJkSuq92d/BccotVW2r"
    "1Cs4YlVsxO0C64qVitdbqSym0qNVevTe39dHCaynAiJ5Exh0FVtdZHrVxtJIo1bC2FgYql"
    "bAToyHEOyaa7VH6SpkNezXp6dqNRRZq2Hp4V4Ag6sX0BbncNoLLQOjo1qJ4nQGTqcqchlY"
    "vTQBWXn/EzyOvrC2mxqTfL0uiWvzI2j9CIH1cbQpUZ/VkNePvBVxxlaPPCCspVXD8ftqq5"
    "z6lokws9hMh2NLZ8H4bX4ZRTm2S+nYVtk9283uGbtoYD3l4fCCosw81uhIZP4xAhiybSDP"
    "EArgGLobfV1mC64hcUf6CNJRHuZHqSoXp7FLZ2o6g3fvQOWvQSsnOC5IAHEBRdSvT7v/BX"
    "1Q8ebFHDEe+yngit8voHHbAg9oRoEDZwCTjMdMxTBz5RpZsvmqla0YQYMhZfqEbiT3OO3B"
    "7P2j9Im56JGrH5vIOUqppFxmKVMGB4PcTocwlXKtFeVzkFwtAEPsinm+0kp7HcIrMIIhXj"
    "a6l42r5r6q61zOv22qpaBhQV8tExpmhIevr7IjSjFTgr1aOEH1mxfyM6Xguz9Z/VfL/O37"
    "S1H3wiW2jUzQn4mkb24pi3HczOh7gbJjG7IBcZ2UqjvbvJKC7kp8dtVWQHcO6Vt2LvBuQV"
    "FeZEM7+fDk/7eR4X2axfA+XW54n6rv6O4yy8eGeDjhJ3s6h9dH5Ifpd8jxAcyLKX1siInu"
    "cbNdB2gjTClL+aPl1Y9U8SMFJwj3gqcN5I96itCVOOpJkxrOXOeZjghFwEHyy11sZFHgK0"
    "vAor/I2QHXhCJa0U+yqGHGDVoGK2b+sAXYMbeLmY5PlpnDKSI7IXc4RfjLHh6+nbIRc5QX"
    "822c7sJZcWCn7V7KjMXZtsJ6DHE2hxGph7xHKrLi+Myzqnr+SxO/rTz8O/HwKzNhOeuray"
    "aUKNqgbFI/EClnckYp5/KxSFo5l49ByoHxkTuhNkqoXMxFgTNhn+Iz0ZmwN/PARJE5HSi6"
    "DMvkZ/axsbR65AvYLANAEILrMn3KhbhDiC0qYSDARpABzj80FNKnnke4yVAfunVgMYF20e"
    "iXWKQzeIGVpX/UZRvXUMhFiU+s2grkovwOz52Z01txeVa+ANlNUzx8u1cH/DAQHzBn9/hz"
    "p9e8roMRYci+x43W3XWr3awDaLm2hdE9brW7X++ad/yAwXTiIvcedxvXza7e+NQUE1FoC5"
    "uSPyCf66LR/qJf3DXal5/roA/xg953ObdGmzhVi8elLH6fBrMe05IeCbERxEsOsTBdTL59"
    "TrgtAfsH3G5V64tO5zqiVV+0YgdV++vNRZPzXrKeD7JY5PxSCNXxIVQJPTuLmy3QSorxs5"
    "XGwC2FczT6YkOzZzJ5rkl/8eokH9hmy8SjJSHHeZiUJ9p4Z6laTC6vINqUry35pHWx4maA"
    "H0PGCBB+EHnWxWKUX0qvpG7i0IJcbvjNl2t2288vBJ4pyDhg1TwDrgZsy+EvQ1Nm34pPSR"
    "mEH+TgBec//8P1jDhxp/SlMNemkIIhVytwamBxsbMrm0/ZfId3cKs6AEXVAZAJuiWqAsDv"
    "J3eEQJhGxQesjQ/w3g9JBi+voLugKEf9XHG9ytXPTfsy1oovCkSoSn3gCJ2Eq0xE2jzcuK"
    "ETrqtYG503KlhGQREqRV/511UUhZJySXJkSndqlyGGYh8JLmUTxI6yU7aJpXW5qFr4Uny8"
    "KgVLC/XWMmFplBPoFtb9r2FlAdMIRj+L8xUIIkDFdyP7M9C96da56TpmAHLrVRixXKUUJm"
    "ANPELbMjmZwafzAE5u8LoMyNM6BU8r/gIKUivxoVVbAantPz8/eWTtD3goPi9f7LDc4E6E"
    "qMx2bmnwHcgYcsYsz8fVwiS704JOtnuaFPZNNYURrFNyKmFEqAyaoxDzhrDPISI+mtC4Bd"
    "jqFaKqiYpSLhrb0EAZP+166ILPEX+0VUMqCABJs6PC0SFZzChZ121C85c9GxEgVgT1F4SM"
    "/qB0SlyzHg80kleRKyYcIvLi+/zv7y9XVT0r/kLKqDpQowo50LLzKPwBQeVcuWdvsuj6fN"
    "Ty2PQ3CW1fxYFsN/bfP7dyG64JQsXxbBx3yTIQZn22hU+7w8JyXowdcbWculnnz7bInpAl"
    "Qe9x4+qm1a4DaDoWvsed2+Zdo9cR3fPZRQ7F5Re98/Fj67IpciiMB50MBpaB7nH36+1t50"
    "7kXEzGY1KWSB6VVbHjrIoBf29yG2WOsueBf1IoS4sCaVOX4GGgTkoVEwKX6/x5lKLCsCGb"
    "GMJJPOGqeYqWsyaSIEZ7MHblUeIGCgVcvqmqGylU/eqbu8gEOdqghArJcEfxDLFycc9MTw"
    "t/XfPADtW9ZE9dwslwxLqOt9Xi5TWDztoqoBITZg1muiFH63Q+XBXUPDroT8VTbDeegqGn"
    "FF20x1vTueuPrwQQtUrHbP7Vi6iXiTSNQMW87rQ/+cPjuRsqCOA41f+S+AwbE9NiTczc1E"
    "TmUO/KlzEU43QUDNzma/ibJtN8xHX4i5R3ftOCBORwY1RD9Fv59vhHvchL+SLPf+Yd2lmn"
    "TUcIS8/0ImWeG1AuO5ZAiUgAob+Ls6ptAUGZNQuvkIf85FoNhMo6zFtevUoENOwpfFMwU8"
    "/7me4oVZnlsKn6XLiDymNZXv95lKqCjD7P5NM9X+HTPU/zolcdRg3XdhL+SzysAWsAIJ6V"
    "DSINyyWin2XdAhGiCu6ArdQTsfB4kqJGLS+6EBCUo+aCuGzemgte6r87nDjcAKE1QBG3hR"
    "kFDqQPBShWWynHwLvEo+XYDguKMu8FKQs6MQxEKRB3+BOVRaFk5KXoQ65LhEfAz84rxa4x"
    "J95Jozt54hliVFXK631W4EJZkA3kWsZIS0M1vJ7aSkRjMaY0PoVjwSGeGTazHGF4RC7NqY"
    "WESMp87m4cK/wmU6zwmxWxwm8SFg/fVDk4PB9eQe5u5V3Fr8gQzqXjhUh2r+XtxzlTmNK2"
    "15fZj/8DMxacBg=="
)
