from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    # Second guards the models cannot express: known values, well-formed mobiles, sane counters,
    # and an audit log that only grows.
    return """
        ALTER TABLE "identity_staff_user"
            ADD CONSTRAINT "identity_staff_user_role_known" CHECK (
                role IN ('owner', 'admin', 'operator', 'back_office', 'support')),
            ADD CONSTRAINT "identity_staff_user_failed_sign_ins_not_negative" CHECK (
                failed_sign_ins >= 0);
        ALTER TABLE "identity_partner"
            ADD CONSTRAINT "identity_partner_kind_known" CHECK (
                kind IN ('merchant', 'hotel', 'airline', 'insurer', 'sales_agent',
                         'bank_branch'));
        ALTER TABLE "identity_partner_key"
            ADD CONSTRAINT "identity_partner_key_scopes_listed" CHECK (
                jsonb_typeof(scopes) = 'array' AND jsonb_array_length(scopes) > 0);
        ALTER TABLE "identity_customer"
            ADD CONSTRAINT "identity_customer_mobile_form" CHECK (mobile ~ '^09[0-9]{9}$'),
            ADD CONSTRAINT "identity_customer_language_known" CHECK (language IN ('fa', 'en'));
        ALTER TABLE "identity_sign_in_code"
            ADD CONSTRAINT "identity_sign_in_code_mobile_form" CHECK (mobile ~ '^09[0-9]{9}$'),
            ADD CONSTRAINT "identity_sign_in_code_attempts_not_negative" CHECK (attempts >= 0);
        CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
                    USING ERRCODE = 'restrict_violation';
            END $$;
        CREATE TRIGGER "audit_entry_append_only" BEFORE UPDATE OR DELETE ON "audit_entry"
            FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
        """


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS "audit_entry_append_only" ON "audit_entry";
        DROP FUNCTION IF EXISTS audit_log_is_append_only();
        ALTER TABLE "identity_sign_in_code"
            DROP CONSTRAINT "identity_sign_in_code_mobile_form",
            DROP CONSTRAINT "identity_sign_in_code_attempts_not_negative";
        ALTER TABLE "identity_customer"
            DROP CONSTRAINT "identity_customer_mobile_form",
            DROP CONSTRAINT "identity_customer_language_known";
        ALTER TABLE "identity_partner_key" DROP CONSTRAINT "identity_partner_key_scopes_listed";
        ALTER TABLE "identity_partner" DROP CONSTRAINT "identity_partner_kind_known";
        ALTER TABLE "identity_staff_user"
            DROP CONSTRAINT "identity_staff_user_role_known",
            DROP CONSTRAINT "identity_staff_user_failed_sign_ins_not_negative";
        """


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
