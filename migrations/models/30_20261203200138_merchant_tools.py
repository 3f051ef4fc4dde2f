from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "loyalty_cash_entry" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "merchant_id" BIGINT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "amount" BIGINT NOT NULL,
    "category" VARCHAR(64) NOT NULL,
    "note" VARCHAR(300) NOT NULL,
    "day" DATE NOT NULL,
    "source" VARCHAR(64) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "request_digest" VARCHAR(64) NOT NULL,
    "reverses_id" BIGINT UNIQUE,
    "terminal_id" BIGINT,
    "recorded_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_loyalty_cas_merchan_a3277b" UNIQUE ("merchant_id", "source", "reference")
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_cas_merchan_a8499d" ON "loyalty_cash_entry" ("merchant_id", "day");
COMMENT ON COLUMN "loyalty_cash_entry"."kind" IS 'EXPENSE: expense\nCASH_RECEIPT: cash_receipt';
COMMENT ON COLUMN "loyalty_cash_entry"."amount" IS 'rials; negative only on a reversing entry';
COMMENT ON COLUMN "loyalty_cash_entry"."category" IS 'an expense''s kind';
COMMENT ON COLUMN "loyalty_cash_entry"."day" IS 'the day it counts in (Tehran)';
COMMENT ON COLUMN "loyalty_cash_entry"."source" IS 'terminal:<id> or who recorded it';
COMMENT ON COLUMN "loyalty_cash_entry"."reverses_id" IS 'the entry this one reverses, once';
COMMENT ON TABLE "loyalty_cash_entry" IS 'A line of a merchant''s cash book, never changed: a correction is a reversing entry';
        CREATE TABLE IF NOT EXISTS "loyalty_merchant_staff" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "merchant_id" BIGINT NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "pin_hash" VARCHAR(200) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_loyalty_mer_merchan_c9e759" UNIQUE ("merchant_id", "code")
);
COMMENT ON COLUMN "loyalty_merchant_staff"."merchant_id" IS 'the merchant''s partner id';
COMMENT ON COLUMN "loyalty_merchant_staff"."code" IS 'what they type at the terminal';
COMMENT ON COLUMN "loyalty_merchant_staff"."pin_hash" IS 'argon2, as staff passwords';
COMMENT ON TABLE "loyalty_merchant_staff" IS 'A person working at a merchant: checks in and out at its terminals with code and PIN.';
        CREATE TABLE IF NOT EXISTS "loyalty_slot" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "merchant_id" BIGINT NOT NULL,
    "service" VARCHAR(200) NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "capacity" INT NOT NULL,
    "booked" INT NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_slo_merchan_fc7be0" ON "loyalty_slot" ("merchant_id", "starts_at");
COMMENT ON COLUMN "loyalty_slot"."booked" IS 'live bookings, kept under the slot''s lock';
COMMENT ON TABLE "loyalty_slot" IS 'An appointment a merchant publishes: `capacity` members may book it.';
        CREATE TABLE IF NOT EXISTS "loyalty_booking" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "member_id" BIGINT NOT NULL,
    "merchant_id" BIGINT NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "booked_at" TIMESTAMPTZ NOT NULL,
    "cancelled_at" TIMESTAMPTZ,
    "reminded_at" TIMESTAMPTZ,
    "slot_id" BIGINT NOT NULL REFERENCES "loyalty_slot" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_boo_club_id_4fec17" ON "loyalty_booking" ("club_id", "member_id");
CREATE INDEX IF NOT EXISTS "idx_loyalty_boo_status_4c7b07" ON "loyalty_booking" ("status", "reminded_at", "starts_at");
COMMENT ON COLUMN "loyalty_booking"."starts_at" IS 'the slot''s start, for the reminder sweep';
COMMENT ON COLUMN "loyalty_booking"."status" IS 'BOOKED: booked\nCANCELLED: cancelled';
COMMENT ON TABLE "loyalty_booking" IS 'A member''s booking of a slot; cancelled bookings stay, with when.';
        CREATE TABLE IF NOT EXISTS "loyalty_shift" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "merchant_id" BIGINT NOT NULL,
    "checked_in_at" TIMESTAMPTZ NOT NULL,
    "in_terminal_id" BIGINT NOT NULL,
    "checked_out_at" TIMESTAMPTZ,
    "out_terminal_id" BIGINT,
    "staff_id" BIGINT NOT NULL REFERENCES "loyalty_merchant_staff" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_shi_merchan_facd89" ON "loyalty_shift" ("merchant_id", "checked_in_at");
CREATE INDEX IF NOT EXISTS "idx_loyalty_shi_merchan_8e6ad7" ON "loyalty_shift" ("merchant_id", "staff_id", "checked_out_at");
COMMENT ON TABLE "loyalty_shift" IS 'From a check-in to its check-out (open while `checked_out_at` is null).';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "loyalty_slot";
        DROP TABLE IF EXISTS "loyalty_merchant_staff";
        DROP TABLE IF EXISTS "loyalty_booking";
        DROP TABLE IF EXISTS "loyalty_shift";
        DROP TABLE IF EXISTS "loyalty_cash_entry";"""


MODELS_STATE = (
    "eJztfe1z4kiS979SwZd2RzD9TLtnZmfpiYnANt3Dtm18gLtnbn0hF1CA1kLiVMI0d7f/+1"
    "NZpXckrBICClz7YbYtKUsis14yf/n2v7WZMyIWfdecm33nidi1Bvrfmo1nhP1j7V4d1fB8"
    "Ht2BCx4eWPxhc0Rsz/RWBp6bhhc+P6Cei4cee2KMLUrYpRGhQ9ece6YDb7MXlgUXnSF70L"
    "Qn0aWFbf73grChJsSbEpfd+Od/scumPSLfCQ3+nD8ZY5NYo8SHmyN4N79ueKs5v3ZhTtq2"
    "94k/Cy8cGEPHWszs6Pn5yps6dkhg2h5cnRCbuNgj8AbPXcAvgA/0f3bwo8THRo+Ir4zRjM"
    "gYLywv9osHRnStZhi3nb7Ra/UNoybBo6FjA3/Zp1LOgAl8wg9/Pz//8OFv5z9++OXXn3/6"
    "299+/vXHX9mz/HvXb/3t3+JjIm6JoTjP2p/bt334IIcJUcgZLvyb02APCyoujIj7/P/X+H"
    "85xW4294PnU/xnPyzN/4DbmwQQXIgkEE28fYhghr8bFrEn3pT9+f7HHzew92uze/lHs3vG"
    "nnqbZPKtf+tc3AN+R/ydu2RsfpfhcEShMo9rdOosbeQ5yCOWhfgeQhGeY5cvRGne/1KE9b"
    "/kc/6XNOP5FxlTTKcyzE9SVSOAw+4yCTb/8lMBNv/yUy6b4VaSzU/sZ8kwOHh+f3ObHYNm"
    "TXJyMxLkuIgSSuGKEhOafJ+bLqEG9tb5fcV45pkzks3zJGWK8yOf9F3wjwJy8CfwzrcYwX"
    "6KiD36iJp3bfREVhTN8ArZTsFtZoMU+u2bVq/fvLmDkWaU/rfFWdnst+DOOb+6Sl09S0ss"
    "HAR9a/f/QPAn+s/ObYtz2qHexOVvjJ7r/2cNvgkvPMewnaWBR3F+BZeDS4kZMHQJyKTEDE"
    "hSVjADlDvJ2Q8cdWxr5c/OIxG7v5A2St3C1DMWtJTc07RHs/YLC/5IBF1ofbvkmakfZeSc"
    "pNRSVlnK1MPjsSFr9capXrZ9j2HH3pv5C8jD+CnT+uVcXRfEJ8cl5sT+QlZcGG324dgeZt"
    "m9PurSg3HuKVHIQJNdW9HVaPm7eBkCNokZyDjAfjfxhLLf7F02r1o1zugBHj4tsTsyEhyH"
    "O865k7oSPrt+a3Y+S1/BNp5w7sDPgI/2eX+B7afmcOgs+JevAWLx2/VCmNiAURg4RvISLF"
    "ZrouGCes6MuG8oAnLkk6PBCvWmZIDZR88GxK2jpelNkelRNHWsEX8evvcjGjKT8wdnwW5M"
    "HOQwRYaZ1GkNd1fvebCfiWsydo/YFULf1eqZgN4/a8Hb/VlA4Y21/9JAnyo7XX0D0CeEtS"
    "aAfEs9JFAahmp3EbZH6PwnNDInbL6XsdXPi9jq5/m2+vmarS4WnSELrqbIVGZ8SQDqvBDG"
    "er4BYz1fx1iD3auE4pwi1ZqzyppzKKzBSmZVpcj2iDzKwo7LqYPCo9j06ghTxE5fhBcj00"
    "OWM+GHOGWHuGURlzYQ18kav5mj38vse9WjwRqhymf96SJUKbWwuIaXItR2bVV2bcDYCkzb"
    "y9hQRyaKopZtahrKGrcxtjPjygDjKmMZ+KSfvnSJhT3fq5TDcjZMZ3GMkz+P4//eJQAQzt"
    "AM6z8+ewuY/vF1U8Tsn7NT2LGZcT0jYHbTqTlHzhhhBH5wG+xwx4ULcIjPmdjHjjsDq5xY"
    "Y3T26D/0yH/Q23cZ5n6l4z/YD3bbQ1OmVAAwAO57Hz6g6Iz9RVz0GDCA6xSPb7ltxQcXQ7"
    "EveTbJMnyl/3kP9tx1xqbFeMQJiGVRcNFN2Q9JP4scwBNiP2gD3iBogtNBfAL8pSEHZQ6h"
    "+gbIQf3YIlkNXSWrNz/yomUvZmun+6GjMNhN89kcLbAlaxVhG0XEsOFhZJEJ+6fYHtAZRk"
    "NnNsf26m0ZK2gHkRozbFoyEz8kKCUPxRCH1NT/uYiRyZ7Kn/o/r5mZNlegsJVpcGzaXxJk"
    "CjO79v7HHzieiYJvRu0rfvLH10IdvX+f81iwInwIwUxoEC4ZOu6IQwylFsz7Igvmff6CeZ"
    "+Wp4XtyYIpd2W3szj9Hre0MZbdyj41YaAHu3XbQKRUXNl5kdWUv5bWABvHHpvurBxkk6I9"
    "GvC0tpwSO6aUovCX8IvRSvnIB0fLKVNt2bNs4TE5yRhCqqM7OuxMg3o5Uo+ZW1ImVJKuFK"
    "S3p10gZteyJe7QYOWL8zKwhJFJ/W2AGdcJQ/sNt6ELbuJ7NMhiMozbzxIiTJjdGpStCJQV"
    "bK0Akr0LBzoyMRQFZBMTMAHHdtm21m1f9mtZe1UVrI1Gen2bVGHxJLb4HPkUwcvjkVZbYu"
    "apMK8TWRjJwFE/HWJL54I/ZXpRbsspMmtEmD5kbjurrsQop8okz5kbi/mWPOo78/v5qXII"
    "cBJ3SwZ1YIxTZZB2eeZxScrlGTF0CbE9GZZ2wM2OTfoO+8/LPP0WjqSEKlMNR0v4hYOTbo"
    "N7OHYYSniJjVh+qK6d8Pr8m6ea21/S1aNz+PfCZh21qQHeKgBeheoJqCb1I5FyIe+NTh9/"
    "LZLW6eOvQco62F41v44Otq9JOA+2DLbfZSB5e0Rmc8djVn6XMJ7SzHzy9YfqhUADM6Qz3B"
    "hhkdxyULIhktqnQzM8IiLBG8LBgnGHKyiPVGf/mXvItHmMt0gU85O/6RwPSYN7h6gfaZvO"
    "Lt/Nmx5s9jjCEzYr2Dh0SVyKllPs8QfGpsteFLzQNyjQ2aPP7oB/72Jvf3ybHzIevh6eYK"
    "/VseLq7KH1DVhKQm4yAeMhkcqISk24bmEZnPkTG0qZlYpX3kENPyKVT+s/rjK/yyJYu6gA"
    "6syBIWZW5Ec+jxNEKnOaByjMFh7/2AaEHQxJ6PA6/NT2zxVjZE78E7eoBNYpVRaDMlgis3"
    "TY90obJwkylU0TPt/NEQTZhypMSnkpOPMPEhGood58gZwW1LtmsB7GpgoC6jIsqVisXQH7"
    "KRbjV8BospHjTrBtUn4usVWKwVLxyAQmJBUmTcsjA+w2mPkCIXI0SoaFHFZiu44VBdjRjO"
    "zc3bxDe4OP2IKRNV5OVK3Q+a5lNIubFvz4234Dsc1gOMW292D/0em3rhto6njEerCb7e51"
    "+7bVQNh0LdMmD3b7tnffbXXZBmPThUvcB7vXvG71jObnFgxEsQV+OvYD2VgXzdsvxkW3eX"
    "v5R4NXDzQGLuPW9MG+vL6/MDrfbmGgobUYGLwawIN90+x+afXh6gy7T8Qrp9VXHxdgst80"
    "9MznjPV24TgWwXbOhhenS82FASPc1WQINsP9ujYuOp3rhIJy0U5tarf3NxctxnvOevaQ6W"
    "m1UauNRdXGdQ9IRaHpyjgYlci+SEN1WzLZ17q/CBDvyBZbsTyJ7KLOMkySqee8t2YYHp9e"
    "OFaLR5T/gxm3QmwbGk79ir5giURPgca65RTcg4UIEzLfSPSna3E70fBR6kJVnEJW+T1G6s"
    "gyZyb4oaC/EXixhg7byNEZVFsKkFnh6XoLpt0SUzRhaoWdWcOp2tG1fajtw+PbuHWntao6"
    "rfEWSAr1WWPfIx2hHafR8dkv+lTE+bDO4H/0OrfZDI4o0haXOfTQ/7EDiO7Mp1L7bbywh/"
    "wMGyxMyzNt+g7e93ttt0phFruBQwljK2Dz2U3zz7QELq87F2krCga4yDGG5apQJ6mU3nB4"
    "yemh53Cbhxk3dFG6VpROVtBQhG6CpuObdRS7lrIi1aWU27VViGE/RAUd1QSxp/I3O8XSRG"
    "WoLBwtrBlVBEOLHn4RPuvYYRlFx06A33X0ZIPlOlihmTOAEoqiORk6g+CHeMVSXo+RQ1wZ"
    "VdCrfgGUQe8nyjxSdPYY+B4e3ybgUxpVQA/Kq0OTpmRRczR32GxBU+KSjw82jvwClK0cCh"
    "Hyfh8X8biG8VTfKOsbYDwx02Qsv4hCXayj9uPfvwf/K4UrVV4TWKEazzthOOwH8S0qyIPx"
    "SzOHnkS+ZXxEOF7A+YmQedjEQQ1xabM8n/WnZZaXihCIHbbbeWZPMENyp97VHlNB2vYl+y"
    "NLK4zdLaYZgkZjmDb7ET5JAfeqY5MfYOkiIEKU+O1qb3oNkUHIlCMMbg2264FToI6esQUR"
    "9szMqPsubzp1XA/xjSDDw1r9C7R2prWzyjD5w7midnDMsxUm7e5LEKns+VDG44c9j8zmWU"
    "UVc/eROMn+cLEfd7ubnL//6W8//frhl5/CTSS8smnv0AGsrxRW1jWtXoWYSzoCj9EHWAON"
    "G9zvNk8o4w0fXcLTrAsmmp6S4CMzUtpztEaqcmuSKNiXmzQckfabFK2184qFnmOOOP9g2i"
    "iwz1TS2ze4n6JfU4EHSr00gj2Ks6gTa205qFSIKQq/z8Is4rH5RSALeB7iPyS7+vLgp9CD"
    "I4ogoTmmdOm4o0Y6zYO/pY5SAfpRD94N7X138SINYBwpgLHn3qGKiWAfrUN1FP4us7SDfU"
    "saJFoj1BwvxnHXyQM8X86LD2j32DRVZDg5bk1Sh/LT0/3M9ObVTfu2gfBoZtoPdueu1W32"
    "O3DbHx2y3S+/GJ1Pn9qXLch2Hz4ZznhsDsmD3bu/u+t0ITt+MZ87quRR6Jz2Pee0b246nB"
    "dKfCSNhnkIPywOphsGH+3HFDBrQ+id8CrQI8s1Iv61wAL4NXf+/5qe/mOmxZBR4F+UAb4z"
    "KJXFv2tL17EnoXIvYsOQ6yylbPXKUHHLGULA9IIZShk65wtR9Snao0HUXiViqv0f+YvqtM"
    "JzFImyP6GqCEogpCfc4vaQlS3qu2pty5tQbRnr1pybfRjmCDfVQoVaXPJskiU7W/beRHJP"
    "MxuAXTyfu84zGQnH3b/I0JNIpj1IyGDQRjkDe491WM5H3pk2PmFLCMeerbQ54j9r5LtHXB"
    "HkbSRqwMdurBX+/2fwYWJtc5fKf2kUXEkUPPB3yUSYqY4Z1ni9aKhECdlD/upohMlCRtT4"
    "9fDxZxxlkxFASFBJwoVSMZTnRZAO9lQ+1ne+hnao74WoSSJOKiHiucdDYZ9a3gA7mt1VKR"
    "uUoODTkem7jsPvD3IWRaceoUo7c8KDizwV25LED/NywlNcZCrtSHRFPTIzJFvBJKmUTbYr"
    "yei/F3Hy/D3fyfP3NSfPiAxMjxozduYbtuMZ5PuQgP3jkpGZaf1s8vy8PNge3UHhlaP1B/"
    "l8W+OnYLOkbF4eTMtGWjYGr5spZ5elKZV1DSlpocUkYDHtIssm3rgKQiI92yVmu7+xM91s"
    "BB8jNd/XafWMLzfjA0461Muc+AWEEJJqGZRuVzUqvRQyiLUctpRDicWwTqulUE4Kz8SlmX"
    "0kN7E/RqQs32sUOujZw7CAkw9VQOVGRJ6JXRQWPYhYZsTDgScyKZf8Ar1xGjVK9MJrT65E"
    "rw53eU3hLgn/XuGQzjiRyv6jsmhhJZHKGyJTBAPXWS4dmHIdDnRkDC8aXJKYarutGxmP8c"
    "xCTHyqjk36DvvPy7EV1446cRXbR6GUi4hocU0kPyyiFWgqRWMjjFC3eTktEUpWOgtv4Hxv"
    "QMEjCBqGOO7AkYygYeCE0QkNiowSNyGpkBGjCZ5ndDKtdujMiI3gB4u5H6h7azEaOhxDyX"
    "CMUF5SMohT6UrNW+NQx4YGnqwgjgsQPDkxHC8meLqiODJY8BQFofGO08/iSmrRxddakk6v"
    "s9LrjH2ATcclMqpShFoEVeVFxbIMtoSfYrkNRyaIovhTchvIAaCypnsF3O3HhjpR9qbWuF"
    "KNYXxsNQO7ilDXF1GrCOktUEULmp5AZh+vZ+W3KkBMpF4jgI783io+1yiyyTNx0cz8jryl"
    "g8TLMtCqSkfeok7WYXNUFAqTraoWim6dXITZu2idDItHhr/B8yrzt0ZnkOhAPX9rcE3MRu"
    "CdmuqI2J67Su8sRdj/4bwA9z+c5zIfbmnT7XW6qte02CJ55MGJlu/DK5RJfnK67U4zoO8E"
    "OhjqrBlqU/qRIvqTDzoacbW6mOOPadceT+DCyB8k1G4+8kip4C/Qh4g1BoIVReZstuAfke"
    "3zq2TULTQotaxp7eer8QmRrQi8XEswJN5jkmoMxpdRDe5at1ft28+NYNo/2HedXr91xS5w"
    "NPrB/tppX8Hfz445gr9bf961u3BB9AkoWHp91zUDFWp3oFYK95FoCoVAXzaUYz0zPW+wkt"
    "4o12kVLuak4Ga5AXiMsXa/8JhiwiiKjq1PxQoAsiJQZRDjtgeg8qAqxA5hyq2U6U1atJT6"
    "LKc2Q9voUFNFM+eZzKAxINN2H/EMjKFHNHadGdN9eXBGGM/mOdCmgTung2vZPamrHDwzZi"
    "5ReYKpIbO54xF7uOLp9uvVjVzCeAPxVmJGg9jDK1AOqY7+KeJQjKQfILjnZ8pm3wxMl6Cu"
    "kg7SU055L1XpZPvqJvuC80R5Ezb1G7EqJm8o8vskj5wZ5tWOo3onCpY0Sa9iCUllkKosr5"
    "Lw9m4q5EMgKvWMkTkhVAroXqc8QZ7voH3lLNsnvzFGJaTRwRHl48BOs27eim/xM8cmK65s"
    "lYJfqp/mUMuvLFoW0CrN+V779vN1y7j7o9lrNRBlvLaIMZ9iSh7sbAzNiC47bN8M7wGeFt"
    "0DVC0egnt4JA1QLmfhGZSwF49k2g9kUJ4QxlJZq4F166T4GZymPL2SbtXvTQnbrxS3dfm8"
    "3O1jvXyergGgawAc/Lx+le6RTNhKNg3F0BHyVSbJlZZGFrUWRmlh6IIYezEeYuC41GxP0p"
    "2Q1XBYz6wuSFJlQZLczb0CBp9eWGKaw1kHWgFGJ7USzekCnM5U5AqwOjeNXMdwrPE4eWDt"
    "q4JR8Nac6ET5WkYZsbunIS/ZukZQ1CkrJcx5qYqR41HDLyxVbW+ntaiGqWONhIj8yEuwyn"
    "lIQiyEUYckqBmSEAmvqPERUahsefjBCOLIaSDRuanxmzn6vY5mBIpk8T/U8FINrcVAHhaJ"
    "iBS2S3iba/hUJATCtiToZWNSdGY5K2x5q6JxHwc0z+Vtc+WXB+8+LhQx6D/OP7qB2t1uHd"
    "11GB/q6N27taC6w9juJ+/DvWu2Ia8Bm6MH+67buen0253b5jW75DozB57C1oN90wIO3faN"
    "y27rqt1vsG3MhbJ/nt9O5sG+vL6/CO/y7SG487Xd7d83r8Obz6brLbAV3uci7zVE7iV9sF"
    "u3TFNssQuQhWkSqsZEoENnToxtpkNyhD1mwWB7tWT6U/BFhadG8/avb3+0uq0GCkYQYhby"
    "jSZFNBtiE+Vzt3N/F5snE9dZzB/sXqv7tX3ZMi6b/dbnTvevBqLEfTaHxBiynz1xyqXd7k"
    "rcssdinErhc1FJNTG258pFPlYa7bgLrZz9MG/hYiuKTp0w0xKOPnahDhGqMQ2xAVtxuTVQ"
    "KPP/lw2Z/79ktEo8ogyySs5DIGn4FUH831BMGqfkNI3Z0qXEXqFvfG/dMYnNlyb/ASv0L2"
    "eA6JLMPdle3Cchfx0bkb/pnlbRCVXLB74SdKxUzQ8KiLcxx+62ZT96MNAdG+cI16FE4Y8C"
    "1QAlk0C3cJcdRQ5oIS9ZdSmgzcXI9Fq85lJW94Tobn2T1wHDc0ZYumnHjgc2ssMtjCAFkl"
    "l+brjewrxItrjs0IUeXNUuCWVdEvIaz7FpOpGqG85YKNzjekXTZo5E4ymk6IaruCjYEBIo"
    "DeoyeY7HvsMp2IIAfBBXSoLrO8gDBGZuwFQ3iOAAOOoRRyAKlsmWyUxSnSCjPxTKJv6wIZ"
    "v4w3o2cfLIl4j2TNApjB5z953/tYjNEcbvOjLH4CRQ2Zua0M+KLoEE0QmugJ2UizXt+SJD"
    "jcrPdAoJjjfNSfi03ckCCr3QOqJk6BKPohmmTxUoVjvJgGK34KdJLIeIQuW1wGVBF8MhoR"
    "TBF/plP+pBMRDiug7UBgnS25VYNaOF2GmMmUx6cYrqlJJhtsotlgDWpMJOJZGNb2QwdZyn"
    "pueR2TwzmDL1RH0TwsHbQVJjKUgMHKMpVO/qj37/DvlUoq4re4X5TFzfLWk5k+BgFyXyuR"
    "2BAPHOrnG17YBbFIfVMMkhYRJij3i4jrSWmyLc1X51qhKJlfPizVYlToqIQB8SGfyE7IEF"
    "NbIr5OQH/CSpFLbaDsbYeFxXmbC5OL3SWicchkav3+zf9xpo6nlzQ8yOBxuQys59n4laFI"
    "N5sLutT/c9qBftkvGCQgXp/jWj8iz29NUt+9fIZv+6uO5cfmldGc2rq26rx64OLGf4BN71"
    "0Yip4uyJ21b/W6f7BQJWvKXjPpXSZqsPngPdm4xI1tngOBbBds5qitOlZD1ghOoIW9bjlr"
    "nPdzrXCZvuop3a9W/vby5ajPec9ewh08s5DLTtsLPdS0fCvMJImMCKKVGgIkF4SkvqsEn7"
    "AWPXxSGdh+tb3FexEY9MIsWzyxOzUamOg74ULhcudTJrfycfqEvgIsOI5EVY5A9nyW75NY"
    "JNOsfecEpcNMWUoxTCT77wBs53dGZ6yGLjUwQcQBgtmfiB3HGRBZ1yhs5sZnr07TpWsrO3"
    "bAGgHLZpnkL9Cavq2bYBLYH5KQ+VxKj2d5D8eHqnyEE3uPCYyd/i4idR4U0ufiAWQ3/5AN"
    "BiwIE/fByugXw9lV0dMkJ/WPY39tCMaVX8euBNGbOfuMqGgisdPbPfQQo6DJdHutWBhozV"
    "hIyPaBMsgf74tZKCyFn+3e8KZ3IdBEJ+ve3crlrX7a8t3rAt3JIe7E/N9jVcGmPTKldDfA"
    "eRW8K5JgPrxElORm+oDNAJ5V0C0knTHk16WxVwpUoYjk5i09BdXuqq4p7p1wfdBYytDrpr"
    "xUY8MokUhe5Ss1FF6C6UQr5lGxdUYcs2Pl9etmy/QV0S6FDtByQvMRsLGlIHFYboGwQVSC"
    "aEIuhAQkbvEG9uzSYedLQWgZpQE8p2PEQ9NiVHjYyk75296MFml0bEZZrFSHQF5OGLxH3m"
    "/ct8siey4gFUj+Jvg2LLe0Rnjz6/BQvf+Sykj1ujg9pWPqStvHAtGWjWf1zl6IiS2Oz5j0"
    "Ubvm3s+LYWbBtbRTKMTpGdIMN30NOQGpAk8pxVmnVTMEiCbo/BIMFuc7TBINruyZ/rp2v3"
    "HDDtTDkpq2D1+HytwOi5i0Y6MkEUNXaSc1ApW+eK9w1ugXq9yZOX9VgRm0e0Jd7WmUcXg/"
    "ABKKjI7mBmlqAZoZT9LHSGJ+wtdTQQjTLpkpB5HS2npkX8eri2s27w7OY1D3aIor6NOwTB"
    "EdhAj3GI9RFIKNhMol6B//6B6Ou8ZBehQjvm2Xsb3IYxD1L8F2i/oTr76CZbKCEzGV09Ra"
    "eV9QLKOizqEopjjEz7RFT2iWjv12uRtLYC8zfR07UCTzvIRkHNZZPfC7hagf0Xsy26ZOi4"
    "oyMUSGG3V2wmqmoH+kLYbAVGkipqA4bTpZgBCJNkhAStb6aF3qD4iPSdCCx/ZNbW0jU9j9"
    "iBPRUznyB5n13KtAF38qYHW/jKwDD0iGUxg278Dj2OsW2zo4cN9Ii8hWtTPktElGhUXAC5"
    "zhKR7yb1KI+LJ3g4TVin2vul+r5Z32DxyRaEO+FScNVbeHO8shycwd/88kwxkv0XaDqMur"
    "+TekvR5ibpCksS7tEXFl7RzjBtBiluBimS9nNF2G8xM4OiglsblULRCoZJO3r2RX2wiQbY"
    "fkI+Dfv/oYUBUwfdCKPhgnrOjIPmYvCPfmfCMC2HaWVj08YWYp/lOs/YWk/x2c0rMgH7YD"
    "DfDHgiK16DlM6xsJKg308au/+nX4kF7gcpQVqzU0+zS8uysIqXJlRZ1/Pbf4bdnvzF4vpl"
    "CPlvQGf+psCeokW7UO5YNTxk360dSSLFfnNEZnOHGabDFfI/X4naj3iW3ZZiY9eVkEZlyK"
    "7mmtgq2sLxIFlwcK5lT/uXk+ACWqXXwE3r+roNnRgty4QGjdfXzb74E3sPdq951erCBYpH"
    "8LUPdr/1jya/4pF/YX6l17pr/gEe/zmePthfWr0/mmw2/ycb9InQKX7G7v/AyM3el+Ztg5"
    "e8xTavcQVULvvOKXT57PWNi+btF2j0ST0DWAdvvwESimdAcdfs9trw9xy71BRXes3u5ybv"
    "UEqxO8GjB7v1+Y9+i302+9Ff2+xhMpl6hH090wafTUbTa9822ZBM22D//qP5R5f9McVT98"
    "Fu/tW8vWqxb8IrzHg8hUTAvyAFcAVf22tyxjAtFHPOfGFc+NTswiueGB/G2OWjN7s3zb9g"
    "EPY9M7yCUb5wftywT4frT5wjM/b9cK/f6bVaRr/Z/NphA3nsYGD6DsbPwil9qFoFcY8g1+"
    "jAvMxwr4OJlOcNTNJtMpAUWgz8QMAiQGXm2GTFFFbK298iCF3BNFRti4lngzjAEEoxG/T4"
    "JzackVe9Mf+0zSBVetexHbY6LJNCkkOzd9luo5E54dkS9ggN8dz02FvqyHYQ14co1GYeYT"
    "ot1++3emUo5LekVpSmU1pIsAq4Xcc2aeISQNmZcceVVHTmr3D6Lv6T3rLNk72JmWfmEAU3"
    "kJiTaGmy37rweFKMRTDkWqP/Ia6jiEgjE7FswvsiK6l6lxnvic1IQrBXrcvrpp/fLkZgp9"
    "+3Zrvfvv3MiC47t1dG8+6u2/kKrb7xEpvQxsGghIlkZAQ2OqPhz8A44hqM0239o3XZF8Ur"
    "/0WGhfsG7f4kE7/UGEgt2BSZ0us1gEZ4Ix/YMaNGP2ossbHpMt3OnytS59s6ZSlJ7KkFim"
    "p8TyxcOcZnkGrOF+d8sAdK7jopMs3xEhx3CaZZRkuffM/BTDJIFeZ8JXGLrT/7mx2ZoePm"
    "unP7OXg87d1cc6pxbN/gcR3jEllHeSMoXECdK8vCu+E7N1RGtbTfM18gp+X3zFW/ygg/cw"
    "Ad6K1yoDezX8xRyYD+OOXRSLkWTE8wgORM0FOSe8pNLnH2JglV9h4p6N7eEPAdMHZdHNIx"
    "35exoY5MFEVDvVPTcLfR3nHrYUjMeZav1afs2KTvsP90iZXX+TMZz9ONRlRif9xaUv8uF/"
    "IU8CE/8inGqaIBUEZMXi8HQkG9JZ8AmTPIScZhyNIy5tvhSHUdDacE2ulAfvMAHv3HXetz"
    "Hd3dfoaT5RsZ3K3HQe3kDTpSXeENv47y45nYR3mQsMIZuSaHfPQnTacy6Fwycr16fN9nWt"
    "Z8t7G72sjpDCYPVp7wNR4ZmzdNYj8QPVRfGTcv2rfN7l/ZaM9FRuD6xV/9VjONLpv/I9UU"
    "z39cZc0yEv8BWg1O8fnPv0hh9CHFCe4U1SPEGvzKZ/3pgl+BxijfsytOV82m9Up0o61yLt"
    "Ykty62wBYrmikdjXNUAitqMidnasJivmz2LptXrZTBvFUmS9+Z389rGdacuFEvYMR5znwx"
    "L2a6QabxHK9mvN7U1HUWkymzl3hw0oTJcYlXiDHGyUo2yW5Is81gpfJSYsHlPPiLMfefNf"
    "91cD+MsdqYvbKYj4ITSGexqGn1xWRaJpAsRq6yNldLxmYn48YLKs67bo5y4mkTCNMnkWMn"
    "ZagcoI3QkYVV+mp+TVIol91Wkwc++vQQC3nV7obRkCPT5c6oB/trq9v+9BdvOvRMXHO84m"
    "2HLuHxYAAe/8CuNW8v2dLiF4FB7Axaa0X0YLf+vGvzcE7yfW664s3sHX4LcfYKqkrDIscd"
    "lfBJxalUjwHh38rUCpMipt/8sJiDqkHryBwjbK/Q2Rt2FbGrEOjO7rwpmt13kMX7OjMyoz"
    "RMUY2GLT227kCoGFozYBcSl01PxSTNtJYpIbIMUqWFFgmGaefsg+tIvBHNmagCbZwvs8RE"
    "VCKj03OeiFS50pBgj8eg7PnXA1XwDWx77Fvr6IarguzvLhm3Sx0/50W7O2xq7rAeHyrO4X"
    "Xu55e4idPsv8ZN7bfxwhbVsQYL0/JMm76D1/4uK6Al71HD102wPMApCeVZG2jhMnnMmEHr"
    "jOrIt2sKyWzfdXIiQ1li/SSIFA7qDXOu2Lrxt7Mo+co/jQLo4ixYcGyB3S5msRXXwxbpBm"
    "TtUamzaTf7niupR4QE6u57Jf0aO+HvEGA9C1PvJxkmJ6nU5XQNvpHZuws3yBYN9TN3BMmi"
    "TOu2J2jmuKVO+iLKWL4utu5mYroJQK1GGRwig1h1w0d8qZCHhc0ZiCL4GYhCCnWYS30W7l"
    "SfoOpPk1O+jeJheKcAxI4rW9jH5pDHWkHBf5cwkRa2Zg9iNIlPBpC2hOAziFUW/BJMojBP"
    "OPh4laUDmMnCJYzlI6mTKE2n7japjKM9YFleJtbLzN4yEUtldn8odP5/2HD+f8g4/zlwuG"
    "3i1RGlXSnpG9KhJq871CTmpJWUepJSS10VqWek3PhfHw9Anc0h3qLUak/RHk221avMqdO5"
    "VWqEk+ncqsPkVqWamGQ494NsqU9fXs6T4vFiraC9xYmw/N9S+WdlQu8Ex/Li70J+FgvCk2"
    "0vQr77/Tkgjymy//EA6nth3/HN6+WZHpqyb2BSHX1ENsQiIEE6yo7Lq2xknTWl8FZeR2X6"
    "e7wcLnQMvT5q/c6XFi/2+URsiPC5vr5oXn5phGBpEB8UBAeF0TxhMM+D3b79j/t2lz1i2v"
    "+9MN1VED0UxA4FMUFBSFApD1Dl0T+ymJv6WFvcX4dtuoRNyP/ow+NvdDGbYVcqCCRGojDT"
    "OeoM3gQRAQkxHoL5ZFRHA9ckY6tU9e6fC2FyP2/A5H7OqN4tbQ1q618to7AI5sMUE4PpUb"
    "KqQ4JM24NV2YOCrRVYg2Eyy5FJoagpmJh/BVKG9tYo5xIvJlOvNcOmVcswcuK3N1o5tuMx"
    "FcoY8ucNEhK83DXHRvxpboNYDlPOUO+mf8e0NG/I7AlR5gHKDJ2NmFJmOXMekwNHkUeoR9"
    "8GNgp2XXgso2fODl6gjR6F96tNRg9MBGPsOjMZZS1BpK66VtJBev5zEYWYPZUf/fnzet12"
    "B850duxTkgFb5ZcGTdOpbWCyDYXYfM8gbyBkZmjOTQDq6sw4Yfr9D9Cqww1TXJQrIEoXg3"
    "9lRujmyydGcgILYd8Mn7F5zY7hTO11w/aToNoV29fOgmOOz5gSaKMjtfPESPTMlp7ZA2eU"
    "gX/kczt4XrNamtVgV0iWAoqTqGz81i6gHFAQbezve6B+Bzp6QbCp4kpBwdtLBBykSDXWpD"
    "rWtFUtlarN8t5MMC/TKIeb9eImOfUff8kgzxe8NnqP1eh1BqYl5RCKKPambu5SCkl32/si"
    "7rb3+e6292vGLlNzpIxc/3mVjVtl1R8d6quP4r0exRz8vhG6aNZpnLhf5EDmaLQxi1EUiw"
    "UCsjqowlD6Ahplci2Z5xBgkbbMFGfusmVHPhWlEwDGphzPHnvEBWZQNFixy4iROO7HNbR8"
    "Z296sCGR8Ims0JlIJWSEvBW3t3CxBTfeohl+Yuo/3KaMxz5sPyBo6ZqeR2zexL4g/p5uRQ"
    "9VwFLxeMHl6EGbbcxse/DIbO7p0l/qKjSHbJF+WPbvvm7DQYOuXw6mP9XJnuU6kZnjSSp1"
    "YbUa7K0rkXOcqJAxxRTaEIeeYyXcWBa2Jwv/lC4qiTjNSWj4KT4X4XI+j9dtp9nc8puTF5"
    "7rMZoT5PAuAhRzHH2bAhQP4OjbG4t34nRS3wdyQjDAEZa7ZI8u5Ktd/sd96x7qSwrqB7vX"
    "uu03uKW1Xp+y96V9dwcX6JM5n6tSi9I3qDKElV8eNkayP4fVj7vVIyvzR0F5HoO4rpORh5"
    "e/3SSp1NUQld1yNPKYP8NPC3lM9nS3vRIij5HpJHOVk8zTmJ+knDPIj0betaavVYShFqao"
    "Uokg2BXMc4BcP/KROfYKOK8JZrqHYsrMq5ouxBa/vMRUSZEezzT5FoA1dEnIHPHqgBP8zK"
    "cDb9+xdNwn4n5EA4vnEIMDgAP/Ylm8vknC6/KV0xQSlEc2RYKJwCaF8+RPDradjD6Kit7+"
    "TWw5NvGdS8LZ4yy8oTNj38CTLoK6hmyezSmhwXRCyykzctBZ+JKRSYpWXD32uaWIJ7Q3Z8"
    "KsZbhAxY16gSoINHzy5cSgsAAvP42w3xmoDl7FdE3yjwici3PsepRXIfdzfTyeuDNyyZKP"
    "kZEbtJt3FHFP+gwRzpKYgSA8lbG/tQ9S+yCVYn8KLipUXvmXDeWVf1lP5T7ZjkJKTvKk73"
    "E4BEaWyLBOkaosBl5OwiKjCWgW4qsTJd+XvGWdUxA/PUy/J2fhDomxTRWX1BAql+sP6x+H"
    "EsIUOnIxfdAWrYDKFd+vHOz2eSq7ehJkug5s2UWhIdp8gZwuROuS8YIxtVx+ToL0aAzuVw"
    "nVJkym4ntrgkxlrUTBzXVD7RfB1nVRSNd++RYOdGRiKFr8JTEBt6gCyrGHjLkvUQSUIzV3"
    "bJwTYvdOa4BGDMvDvQJuFsO+jHnweKWJeP+sidHFHLMcPtvSDa41kqQkkqTRjkOhHWXbd1"
    "TRt0OLAK74O5UU9yMazfjy8FHsuJCAKWJUmvlVadKhU2xLRTp0wx2ZEIrq0fHZl11DMbW1"
    "VMDTa+cYp3VRjkZbqbRZskul27cIMzTuyFZ8Ud2O7NMivuYgD+kN9St7Q9YrBCoIL4Fw/r"
    "rOEuKf/EKSTyKsgaPP4qJ4JRuCz1Sa5W/e2Xt0dQ6FN/9N6r8QvIwvOaLYYxR3u9ut7UoO"
    "uy6Hr70Cr9AroFb3qFey0UlEqqX03yqAzSNcgBKgZpE2XB2b9B32n4La7TZNuA46o4squJ"
    "tacGVXXt9Kce2Ajpalt4obG9XWgWlZ7CcbTvionNrK6aAwC0Zz1xktht7LyqSIaOQRFRQK"
    "vtiEqZZ0s9pa3XsebAj4FS5Y+g49zolrOqPHYBR7MRuIN/ExIeqcdzUXj6GzHxn7QXPmF1"
    "fEe1s49vLFQjABeK7VZeXU5blrDjOqBWwSQEiiMmRVc002Ckxuf4LzvgM85EmsMjRk+pEo"
    "nMFXlWQ11H1H4qyGeSUHXw5MC4lVTo2vxWQD1jx8cxnx7Dog7fgS5fESmx4chf6RIWl31p"
    "rfmu1++/azcdf864any6dHfLCbl/3211YDipOZzyQjlf6+d9e6veLJ9AuuoMLVy+btZeua"
    "PzgEfllWOTGfF6pVs6FUzVqJD24KsV+XsTM6jkWwneNHjJGlJDxgdLsScXhlvxFPF53Odc"
    "J6vWin877vby5abIVxzrOHTC9nfxN79Dq38w+hkEDZgga1LD3rI/oRDcjYcUXCy9h0acGM"
    "vqrLHojvMdiW5EoDOWlaHeincqAf21qnjlsCr0sQHo2Ma0xr8JfXcOG6EN7uLniNTTFtKV"
    "uAE2yLwpl8AQbGVJ3pGpyOMX8xmwelOXF0ZvnB8Q1E8HAamE4At/CMSnYyxMysmWN70yDh"
    "0mSDU0ju/fCevY8tnJXQRuHPYuv/BGek9K6/RqdwbL9QaMUM4ca7mHUYarvGltXBNv5MJ3"
    "mhbZ9kJrgovCEACU9vcWxiOOPx61twHCOipSL6Y4R7kXgFGEwtrIcJ9USCRWhSNFoQv/4G"
    "f4LjXeYaQHf60wHMsoVLDJdgKtwARZ2l65QnUPpqD+2UhSFsDKSynBNEJ8fn6gtz+vyS3+"
    "UShEdzrr1KYwaq/g+JvOq4Rqe66sjOqkh9DAwV8SvQGWUKpMdeZYHFEiTxMoq3QSbvYVRL"
    "l8yAEy41KMmKwc9vqbZGqC6sE3wrmjvAx8CjFpPXHFNo4wDuuCn7T3FUs2JxhGZrmYp7KV"
    "q9K6q8K4bweZmorBStlrTSktbRd68w+m4xH5WUepJSS10VqWcsdv/rVY25PLScDxJ44Uck"
    "SEsgSacFUFVyV36spnQu0jbRmmooNFvFa0ZZSRnzvQL23kUjnSh3k2t8q0oUIpYzY4uRiN"
    "nmQbF3UYzPiXB9p/UoEjzLCzSO8bRgvHE81KpYO0ofOQBvsx/xJqJGgtLh6VKq3DhHj/zJ"
    "xm/8/35v/CZG+f1xPVVuR+/IrJ0hWOCffAJv4wHB8esuYXTUM4DfdI7FRhJchOqeutqGMs"
    "dxHW2IHz6GwK3dS6EyyE5XLzloBQfJMsQJInWLEdeizV1s6qIEdwNlb+0FwerdFy7OPCSK"
    "yiaTWO2irA6F0DP+2UI+folWnigU/g505isn7BFaqk5r9Z7X+MldQkbbrKA9uuTC+vXmiM"
    "zmjkfs4QoEVUcmz98iLnVsrlOVWkKF4g7eb4g7eL8edwAfUwI1jJGdIGR4vBBhVmQX5PsZ"
    "o0VWFtemXIUkodrZCjWe8SjMlyUWLZPYFmg+Q2JQ1P1Y2DQimKPhB/LCj/Q77UzY87y9BN"
    "iO6EwkU76bYffJt9oE5fZdUCpMjNDFeF/VMpYPyFsjPLk4sZ3E48WxiOKWVgLZ0LZWRZh+"
    "mKK/JeIcVgU4MiEUxZvjs0+pAmMB1J8BoMa8AC9jpzHnw8uoac+ZEW/KyJjmHfg5II1UaA"
    "F1nmiBeK461ASL0sH9l4kM43WgtLphdQkxhbej+gZME/6f6YIyp3CMROUk+5In8HmhE/h8"
    "wwl8vn4Cc5YRKV0nRqK5XIzLr6C+hygVccbTu4Zs3FiiV1F0TNf02I2QmLFkdD59agTyeL"
    "BvOrf9P67/aojsWGv1YP/Vanbhwopg11qVw56rrvIhylhIAioR0R7BlOB0lsFSbPGlQbUV"
    "ijz8RJDt+OWlVII/dLRr/ho4zrhHHe36GqWeF+1aqsBltE1tGSx1hPI/SJRU35nfz3vE8y"
    "ySFyiVfqRexN73nLmxmBs0Sfai5f+Nd6905mgx5zlWc7xCI3OElqY3jfkBeOUOURWcjOD5"
    "HxbzOtcRudooLrxDfUYg/r2GBezqRQ+2maw83gjhgye2OISPYsXLPD5yxl76gz8i8gyZfr"
    "x0Cf8nd0ZCavsTmRcu2ahxByVxB385yLcKjpGpW165Fp/wOSvu8NKJpMGXl7Qw4lSqZxgn"
    "tpZgZ+H/R42RM2P8N/hfbz+KShljXh0JglTEjj3yK5mpLEVn4Q2dWWkzO0autKF912xf+e"
    "FcBsRuPNi9PzrdfnCJp4s/2DDC1X0ruGo7XuD+P7zJTRezGXblou8iEu30LOL01NZ0PveP"
    "064qYk1rV7d2dasihKN3dV9iOu0sMk3g4Fa9QDetIXvWcBYSCUJgc44Yj7D1DrWZYSiC/s"
    "Hym7IPB3MRAlDtERiRQUPNdGbPGyoSfiwHzFq4sWby7u5VDzYzn9lPpogtFuxyD/twyEcO"
    "aYPgZ8f+yP+eOhY3bmFHjAf6DbD9BNY4BbP8wX52zFFwm62c8Tio48mfgwgpmuuSX2tf8E"
    "RWyZjxrGykdHcDSG9KjeP/FnFo6vYHaprcp5tuIxykKptmR1hKP1zTkkYAO7b+456dXFDp"
    "PhzjwW7e3XU7X+EiOzBc55lXyucV9imvqi+sOmHPdVv/aF36A/yLDDl9ssq+Gnbc2vZZ1J"
    "pbI1Ta4BbJOmGSTiBU5RN1JBN0Kk1t2yGUFed/Kjmn1LLYRSpOpBDIVQFN06mLdcCqQJg+"
    "MV0MsEKoee433cEL6M1qOROxOvxMKtoIQywbv5mj30Ft4/ob/0uNBQOq+ZMITiVj87uM4D"
    "JI9yi7Vv/ih8uOrARBWCacuZbwoIIez78evFzgkAp+FLidwDvma9l1xJ4JdPDkMSkpwg/n"
    "BUT44TxXhHBrrYYPY+RsXXR98j2/fE9AovRyWwkonsvDE81GhDLwEbFN0FsJebBb4La0nQ"
    "paDbT+7Cdwr4DxZzfNP98msK/rzu3n4PGYoC6vOxcpAYGZZwSWpDRSlUWttGYuGgOk7Gf4"
    "FfwC7JahhaGq7g4GeXmJZVEr7CxT0qaNZAHoR3lZZFFrWZSVhbDN2KfmZvLlnzlZtOoePp"
    "Vkae7iMBEoI+Mhm8/ElrNBs2jVFUEtUL6YkhZ+clCOWvwUNXRo+EbG5ZGULBJExyEErn+x"
    "nXTJznM8YOzfUhLVq8IJUHpNGC/lkydptRf4mLzALnk2ybKk4BOkupCAOkHU63IG5LhMuf"
    "+ITMtXbfny0LtSIo5THo2UeS0iQAYFsBEHnbZHM45N+lwp8t3m0qZeBrHKOInipt4Ae8Np"
    "CRlEVNrMLp06qwvjH1oEoVI4WElLYZ1W4aUgnFq+fx7OocD/jkzlINoNkYe6cH5MF9hB4f"
    "z44VoBjy/YcM1otBNlc4ZGUoDVse2jAk73wOF8TwtN52PZcYryf30jLjTTmQpTAePvOC52"
    "EYymBOt3MMMjfU+pQOY497PqdiWF82JAs4+ch3Pj5aBmCJf+gccDA/bgBwmLiN0gPrceZd"
    "pOXGcx/yGKNmamICDd5Dt7h7Xy09JcZ7kW8bir9zzYZ5ByCwEuS9f0PGLXEWXLFo2cpW05"
    "mBmq1hIilEXVUd5PgbEYDVYeoTpR9wh03fyoYZgVPFZRxp+RIFI5oK5kxtpOYubYG73MTr"
    "L5btQYicpc9v1GbLvkmwzbPAhB/uYr9tR3kCQCG9c7cYjAY9sjXrtwueYovflW+DEE0Mvu"
    "SZW1APEcD1ty23tIojJDIV838E6LCCdaD2toqmZJ67TZYgI5XYcpXQxmoNeVa56dpD0eZ0"
    "syxY6Z5kzHlTc8VZd/rq+lVD2qIJlzy5JUsfxRJebC1rbwTmtSXTATLdt09e/UN1mtlrPC"
    "lrcyBtGzLxqsTTQj7nCKedElppnNP4qAeOLOTJuRQOqCPYLF42bUlZam1tbhkVqHsobhCd"
    "uEOylpzLZwtsvnJI7mpOxGJOpGEpbksa4Uo1XeilTe4ISSduimCFW2QhU8TDZ4bQPGVuJu"
    "cT37pJ22qVmolLvlkrF74rirLIU1vFdIZR3Gny6gtA6txeANZNwKMkBgAkZRcC6yvylxn8"
    "0hoVlaqyx5dokVNkhQXoVNohqX8YjoJs/qbEKbNNpAZuvq1st1OgJalbXb2k0LVCEovBHM"
    "bSjE0f3avmw1guldEKHccXkN2Sya/SfQ7M24qD47Rltuu/XmHUvLnz1ZbrvxmEZHrURYbE"
    "SkdffKIi4ZUyvQ2y/9YY5MBIUjLaOpl1DYL5u9y+ZV62D6OnA9S1f3pVFATw+eLKijI3dh"
    "i9qK/C9nycSNzjCaC7sNFG3QpdAj5xi//fg2T2MvP5iGnRXebTYp6Uy0ZQrWJ8hUDsMXqd"
    "Twsf6chq4bdDH4IVhoaglKa5X78gcAjvw/ji3F4zjNHvXKJjXx/+uTqYvt/aiY1ddycAkc"
    "rhnel3/0Ord56T4hSdofYA499H/IMunOtMzab+OFzcuqoMHCtDzTpu/gfb9LCsAvMwi/hB"
    "+dIqSX70QLSig66/J7X9itgqUeN0gGeJnwGaxF6aUD8upJZwAMkI7SGxNizIk7hO1+MF8X"
    "YO4RsU64PyPhxzKnhIW9sePO3lDEPp33YJovANaBsU0bTRf2yCUjb0rFIeL/NqkzpLJoP2"
    "BumSrESbojFojy4X+c0342jmTpzgxSdVGMZNoRyA2E5WHXHI/LgJ/Vnz1RoziDTslAqkN3"
    "Fm0pWSgWfJVSsIoAzuf5gPP5el+euWV6BoQpSZ35KbIjPvf9BxFlU4ud81DYNnKAQd4Qr/"
    "MEP9QPbjZdsLfV1AHmDnuz8YythWxT8CShuueN6AvODnX4YN4j4iP6sSH+BDembTv8sson"
    "DrYsZ2nYZIKhT7Mhvj1DXhu7UeeNscfm1OGV/db0qbD/tLuwCDUgTZaaWdUcN1Y5WKNVeN"
    "Vgk0KusQ1tAN0Vgm9HsMdNlO7uZ1KjVKv2BJ3S3doVWw86LjB/BZxuXCD3D8h3kItRaa9i"
    "VV5FztUK3IqnHw4Yn39qxQJai8FNENiZ42O8iQV+FvM1GvFYUZlsFnQm0rwct4EyPITBY4"
    "9vATsTDsU6WtjQ+TyAQN+IRJbMAMJdvealQMN4NKiOM1Rma6tvcGEGQaby8StJQpXdmDha"
    "EPGY2mCKq6xtH2HDtkjLl5FR87Lf/tpi2xSnfrB797271u0VtFqjCwqtO8q1ttlB12yNiO"
    "4dEZ1h94lpEvIKcYpQ5V3KD7bgRzS4BQaus5hMPegkZBaENg+0R712uNqHqaFmFR5OQz9b"
    "Aw3YV4/NoYndVT2QbR3xlV9HkXsXcjqEX5E3b2NmO3RuA9DbsckqbGnoa57vok1EUa/3vx"
    "zTLgVYJAg1XnFMeIWOgT7Y/qtTSFUDjHQYeiVh6FmTXMNwx56Vy6TO6//WcmA4cbNeGIOj"
    "4fMvAXD5fH4J2OLv0KiWUvtvfQOq5TpWTmzyy6BJQKtyLHit8+221W2IJJMH+6Z52/wMf4"
    "tVx6507lrdZr8Dj8zhex127Wu79Q0e4vWnXTXAFO3czGe9Nha0sbALQFmcZFK8j1Np5msz"
    "QVkzIVQGt+SpTIeKY2VsfFGrlAd8LbT7oBVLhpmQeqKQrRDrEyNRwsciowl0lhXEPBLZsQ"
    "lAvHPoSnAG9SPhAl0MoF8IuNkD46vO/g0xfXV+bTYgbm7q8G5e9JJR44/N7Rsxao1vfvAh"
    "2tBR5wTZZOhoTepgmlRs+ZQxM2PkSlua3da3ZveqZ3y6v71q335u+AmZ1Bgv7BGTCrM+/U"
    "pO0SMh/hQ+c9dhDOwZ7V7vHlz6IjTeMCldkNGD3brtd9ut6DaxmcBJdL/XvGZ3L69bzS4f"
    "n2II82aSwS4fvcesy5Zx1/yreXEN1aPAHwftcYBVwd3Lbuuq3Q9uCh/bg/2pFaPjSZcBVf"
    "f+umVc3F99bjEi2F6NwYLtjB78XojcNa5aF7x4FWy4jJ2DUu3Gz4skbJ3nJ2ydrydsRVt5"
    "4aiEiETtVDnwqQZzq/GbOfq9ziXD/9ngDRnqvkD4pTICqT6Dzj9QJeQRUai8M5QMDqkeQy"
    "rbm3cXbXlfiUqyZtTKWAprklsXW8cmfYf9p6C1tkXXxoMKrKilVqhdY3UG2A3fQmsZhpd/"
    "p5DBNYueLWBvzYlLHZsZQoKMTs25qBQAymoDPQbdQR+RSf2Mz+STsYBljopn2Vq7eclLdl"
    "a8sSnje/IeCIvpigNtcqm0v200uWIikzjUU2Qqn+y1sMwKfDSb69FnH/60J7brWExDMp7N"
    "nNDbl22v9BhKC+Ou0wODiTLDo3PRBjtl5gxMMFG+tS4aaEkGzLxq3rau2VPYJpZiYgq6rU"
    "irZ3kjKBzDq+ROliETuYoqKTKFTUTe5m7oOaW2quotP97YVnrex6kUnuu1AGwW/XvRmU2+"
    "e4gjNgXDkg+8CORDDlKkOuZAxxwcm3wP08wzZgDJsT9JqEWgIw9UiDyIMJesWV4FX2NDnS"
    "pvk0tbqRBlgXJdsnFquRgYv1svjoMZw4CgUJkAIGGGN+8IC5Tg738iKzJCU0ynAEVBJ0th"
    "l9f5vy/atwiCBCxMIXxg4aKROWE3PiIb6gtloGE7eMuDDSq4IIDniTV+h5p8bDQglmNPKP"
    "IcHsjgK49QmBLWWTEkDUQLn6axMnWOmboOT1BHFCmYkq+VNea/AFIGRCqjYiWdj9Xb+ANT"
    "qreO//gpsrYIZ/MZu+Y1ZwfMT1JO84DgBHlbZNbmT9q1OauTLvL5froAiEtmvCa2vNSTlB"
    "VIXTE0/kiEHPDkhX7C3NqQTwWPkWmtqyqcJYqB2BIRiAIvjkwMxVOWYxNQMTRABBx+BjdH"
    "LRMQiD9QL4YJ+AGyk5Bmd8nL/HO1wazMflHfYDDrxlW6VecJTXXtgth18qMCZ+KmcNH1x0"
    "qcjzKhpOWPyXjchS5kq+R2sunk1Du7LkC265jY4Hvf0LBSp1m0Ku1BJHOgCLTXuyw2KDyh"
    "qbc1FJAyN49MGEVVn/gsVEn3ufPLu2YpPOG9QlrOPP60TFhAQIiwl6gDMHRmM9PzeFehoW"
    "j6eCaK+lOHkbBBXTImLmE3M2sRVP+CFwurcTL4V0i4pnClWgzEcaLhcOG6AplOZ9Yk7mmd"
    "TUmdTSsOakkq1uC7bNaGTtaoKn6DzRc/m6dMilOMXGVs8Eizm6JjqyhQG1EoLQ5oPOCSoe"
    "OO2Blveg0UrGe/3EKi+kIZWVQfgRMpDhLiSBApLRE4PtgigYxj0ZWJTp05+yvxC1SQAuMC"
    "9YyROSFUqvrIOqXK8lAm8KxMA/tDNK8/uYN5ZNKcqhWbWB+nUrYnreKcn2NzZED7b798k5"
    "wEsqi1JLaVRG6j7EKSyG2RrY4kan4bc+hBVrTE14FkwiuXyYoiJFL5SGB6KfaQsKRF2gib"
    "QtC0kndIUlkqLvEWLm9qVOK8ziBWdp0ovmNBK8TStRpD4j3WPgih1prkUrns3Ny0+32oox"
    "iOATZ0t3/9l9Ft9e+7t7wEI3Y9a2UEU+zBjm5F17522rwF47NjKtN/0Vl47HdlyDK/1VyM"
    "RI02c/Ba6TZzvCoPlygz/7BNl5CUhylU/yVzC698uVFkFjynNkhmJ33h4pD8mvQ2h6CnSE"
    "8w8+CUgtB1gkn+7ni6CSY6AueAETg660OdSA8d2lp9dQ2dSXP8mTRBdExrPCY80iU3fsZ/"
    "oi4TRWOQiOjFYJqOTZBFJqL6a9SwmcMMopsGeiYuBaV9gp/ZAI6L0hgER4TQ2HVmjMRyvP"
    "WImp29JSOsZlPQTMiiIJxZx8IoFwujtaeDaU9P7NeWhYYCWpV9lrWrdu+yc3/bb6DADRXr"
    "2hE0xghjqoLeGJfX9xfhXT7Tgjtf293+ffM6vPlsut4CW+F90e0jaPPxYF93+v1W968G7F"
    "8ecVcANl21WjfhAIyOkFlI798NhvHvBqN9aoleHQ+2aMFRtvdG9dAUbxPi7+jSazmDWEdP"
    "lV3SlmkTZqiuSyCX/TGKE2L7+fuf/vbTrx9++SnkdnhlE5MzGKq7mOy4i4mO5zjQVuHIxx"
    "9HNArvFdxhwL4UTVx2rJMRr7znohGzFm1uUKjsN2UfYNNxCUwrRaiwfBRfF9pzrYYc4sa7"
    "lAxShPqIqArfjedtbYlGxhPGjkwURfHI1DRUEpG8Zsp/bQMeye/XpdBIKyDZXcWCFGcDC0"
    "YXLFBmE6lrwE8dURwSHVCU75XBA9p6PdBU/u8Fs+1ML6OhUy7f4yT74/z7I5nJlLjP5pAY"
    "Q/b7J467kt6icwbQhmjp0N2nhQzu6D+ubpsyZVLItIWvxgTXFr628FUUxSlZ+F2+XdU22P"
    "j+E3UpK9+NiAoU8BFPozPHRZjnVLxNhgbVo7I6T2SVVaGnxAiSKAIj0wiCOptUXSMI6ogi"
    "FjJEpFro+o+foiN8F1WadTEJXUzidewjgCtmZM/npzKGBGokMsL7ZBMZZfXPveUnmtQAlS"
    "pjGTiORbCdo9NEVCmZDBjZroQRXtkv3y86nesE3y/aqTl+e39z0WI7PhcCe8j0cqa+ThLM"
    "34tON0lQYx0a61BRFKeAdXQXnLVrCAe/Xi+Ca7jBkwXADDAkoQ4dI/kospZMD1G8osikUJ"
    "oF2gX74ey0zjOabLJkSjncfvRvPGZhHNUNLJkmBWU+FlRnSCkKd+jeSKEFeF7I6j7fYHWf"
    "r1vd/vTP5HCxGjmLLMtkl563kYvHnqT5UbvqNj9B2hDQPtjNy377a6uB2G5nPhMolHPfE/"
    "VxFhRK4ADD2APsCmY7P3tEkTI4/ka3Lq7c3ShGod3+2hrR1ghj8XxUUupJSi11VaQe8Cgm"
    "dv/rtd9EPdtTV0rZplLKgRvhgFn51dcpcqzOr5HKUcz4NGJKSrEqHkEBDe4GhyHqzBxkFx"
    "Eks7PvbsS84wg+kXKTMTAg2R/MwHQJsIOXvM+u4rGTt7zkmecMEf8M2KI988psa3XtmVdH"
    "FEdnFx1RbD972yQ39/9lYCBGvkdkII5qy4ADd/dgcfdaDZQY4eDmPnvdyPQyJ3a+szhBpI"
    "bDuFzlW/bNIwS/s8GPVRhtxBvVeS4h6MzXOHxF4l34s+nbYsLbt6NZVCqT8vvHSNQQ5El5"
    "/ueu6bhyWTRxkj3CaT/Kti+wnCVTU8emS+W6F1SXUOMxawNeWPL8iNPv8QDhr5XdqHr95u"
    "WXBuK0D3brz8vr+x5Hl8l3pt1R81mR0+QZWyazFP0aIDK4V5KyAtxLsRSn44W51tFNIauF"
    "7ZkZbQSLiDkk1XJWWc6xbqhSOkWa7ngVi/CnQPMDNMQ2wvO5tULYq6Ox3zePf8dHRGZzb9"
    "VA2C7YNmbfqshgMZoQz/AcD2es2k34QZpS4YzTmmuyUQBNE5gYrSNsWaHJRaU0lT0DDD6b"
    "58Q18opSF5BSklxhUSkO9/js9IteM66aTk4t143iWKNXN32Ynb6rOloS8lSH9lfeFIq6+b"
    "saQNJlNMxfCyiYv+bql7+m1cvEHBcb8xaLJBpAL5OyyyQIUhhIpS0lqdRdEsrk0egoknzW"
    "H2c8QZEokpifrvgWFyM6Ja/DYeMJgvjlLeMJgoDpIxNB0XiC2NRTKZ6gRzzPIjNiexfYG0"
    "5rGTEF6UfqReIKaEhkDEKqAgHuQhl8QxFlByTh1opjEzRgk2JsDk3sMjVsaDkUHPq25yCM"
    "xqYFdib7113vDgjnFjNHmQE6wxlxBTt5w0sxBbGx+fzHrmdHxXL59xjEHulAA3X2u7oONF"
    "BHFDEjJ7mSyrg20otR4USFWtAvJGoU8mDfNLtfWv1Wl13D7hM7RdxYX5HYzQBnjJ7ivUU6"
    "327hNp+OztIuZ7qeF1Hiz/OV+PM1JT65J0pkKCb3Um2rli2HFZ1CkkZUkvIEjagjMZoKeS"
    "1KINzbQduqCfNAq4vOZSAg/3GVj6aS6E/1XnVQzg3ZLMUE0clBbDtJVOQsGzijDL2rT77n"
    "7B0JohPg86ajoPVnf7NfMjwJrju3n4PH087K9ezQnIldLDl03xPcmRNb1rXSuWvdNhBQPt"
    "i9Fii7lNg8SfSyddfnSaDDIZl7kBjabf2jdcmvueRfZOipkhiKbbrMckrmxwFEFGpEAJSJ"
    "EVU2tFC7BPJXwum6BGDbKCHyGJkOuVLNeFnzOxwIJgesuJYFjvMb9UKQePhoARw8hlIFUH"
    "Wy6Cw6s8kEQ/kEHmyF/Sq1b+uIBxCyCxx3RwKIp5lJdrt7jWQRGD5GgOFEiA4j0S21lTRt"
    "NTiujCh0mTeFRCB2R/m4hDiZBrG1d0h7h7R3SKGFRadkgGUA1pCg1AJSjefJ2V0EPDrPB4"
    "/OdRdyVaY1psbQJSMzi/ebqk8n6NSuP117InMPYYrEB9eR7Xhojs0RchYFc1M3sbm6ytRx"
    "E1AiZj1uOOrtveQ60H3fDy0BDVjnC+S0AGtFAM0+cWemja1aBqYZ3qsXgTW9+NMFkM3A9H"
    "hD0V2nhwLyBiSRTjHllaaZ6QGttBC2R35hL0iyWkWopAmFvYaOO6JZqOYuXpEZ4xtL5uXn"
    "G4EUSx3Gq9Iem49UDtjhVUbliJPpE6+0SSnWyhrrN9iUIYXSqAykvQc7DtuA7AUkuSJeUJ"
    "9CAkEZROXDeQGb88N5rs0Jt5LsV7+u+zEHS5nUEKXNJQ3LBN0eDctg89d9jbT+rLj+nFOD"
    "Re4MTxFqCK2qXND8ygPyfY0Edn+EkiiaEpqahUq1NQpsQCav2gYT8YvosVrcSjT8rqxFLM"
    "WYFgXoJbE90zfiGCENawzFHgs4Wod0TbgXswTBp5VpLe7qNS/HwGjDUEnDcO6SsfldRjuO"
    "KJQ2TegUUA/PYXPZsgD9oAiDi7SMSVJ9DDX7HmOK6VSG8XGaalh/2Pm/p1Ipx1GR5gQYre"
    "2R12SPWJh6BnQwKyH3NK0ORVctFD0Z5/fsPJWSc5JSS1llKYdGi7RfPEmo8YWq8IW4s3FL"
    "fCHu5TwyURQFGFLTUCmA4cJxnsRvXAMXglv1IsDCIPZwIe8zuGOYne7TiWwXajneRyhhPG"
    "SGERkFNykUlYe6n6Y3RcspsbOdzVuPKJkt49dNDRJkoiawLpkBTXC4sBuuR+EPnSyjJtKg"
    "k2UO5n+OFpEU8xNkmv1bsF+7bg4dgREeD5ImTILweBAKHpkB5/Ibfgq7sTYF/sHpIrokZF"
    "4MDj0lQ+cIu9CDQkWCuVl4Clx0Ol+geoigfrAvm7eXretruBTqamqg4eILS6zOBOHxrE6N"
    "H7JfGkzBMrhxilYjSypvuClLTQ5ATJBqOassZ1A3pFXcGJFWb6tCDoGpFaCGPX+YIxNBUc"
    "QwNvWUQgsvMZ22bM/NDEaKbtaLIIZD9rhBwucLgIaWaftlceKBPmwYrkdmdKUfOq5LRIE1"
    "k/KiObzftT1B4XtTKGLVr3iwzx7FJUKZQB/r3M4RWcOIl/Qho7fv0K3jIaYzTNjYM8cmq0"
    "Y6nAkCRkQaTPEsGGfhiiXkkjFxCayndErMGtEIrzRKqShKqbGag2M1T2ZWYe5i5nlAq3Lg"
    "Tq31513rtseb9s6JTQmY5r0/jG7rstW+6zf4VmiwjYgwEjUM9NOt2iAaRX5EYeU3h1nb7D"
    "8vH2QqLZkh4+PEyasElGdERzTqZjrVsB0sE3ZCB8v78EFvtpNXrDgnp8zZe31iSU6XjCf8"
    "UCin7MOGnLIP6zlloCGtMReggmzm+o9vggcU2nFA62RfzBsJwxZJIbL+rE+mLrbfbo3HAx"
    "SQdn6ESmrh9NOQQumDNEx2/80c/Q5dSpdTx9fgoaNVqcOz+q0isgwkJJAgUlkIyoQhu4T9"
    "TOoZI3NCaIausonXaUrN8EIMD01uOc0wRVhJXYFdmK58p+a6H/KmJuWt84Jvr7O/fPtDUZ"
    "3woAGdisHshyqQKk4iyRSUFJnei3QOivYhB1xTpabUjQ/39Tw8HtcygPrkA/UiYH0IIdKQ"
    "plgXWerYaOm4PCIXezFcvYGGUzJ84hYGFH9yFl5QnSXY5amIzx2yz+KP3LVvczrJ7uItRT"
    "B2INJ1plQ64l43fF5LuY38wsvILApNHQYihFUkoYUEz6usftSWU7bPMHEwBZ19HxJ/oHji"
    "zOGx87lpS6d6x2mUFgB2J459Xoeiu/zQYouB0iUUEizD/J3Up1K/+tfe9G5d/yt2KOv6X9"
    "rW0bZOsYZg5tirZdg44kYh24aGj75o0nxynRkE/YBN8YPJa7iAKSH+BtviDPpnouXUtAh6"
    "5JfZnGY32Lx+hAAh+Py360ZMheMWSWJMWzH+eOxkhyRFSGZMxxLBAZp6WrxdRwtpc+cINt"
    "/D2DWJdSV7IKaJT/BMPJIzsFCIOZNTabfGOq1edVuvOv98KrnsImqd2aHysgM5lV53GcTa"
    "pbhFHnOoI0ok2cSo9KZXWZZN4KXZMs1mzVN0ZMIonG8Tm4VKJdzwPKcs89bPfypg3QZPvu"
    "yvsxEbzmFcmhE77kRD88XAMumU0AYzPvEcD01v9ehX3KFohlc8Oya7t3VFg5Ywa3XdHRV2"
    "qbq2UdUTSaL/y7MpGYEbkWhHRDFHxGur8fIqTRFij8qIOEamBay0gAMtZV3C+UXiYiSndE"
    "qdv//pbz/9+uGXn8LDKbyy6UzK6Dcb1g8qyNGIYH/8/FGOmTULsvWCUpN1xHv/Lnhhq1jt"
    "K8sZPqXV5f3wXJef16G/B2e9dofvAC5oEtccTmsZgIF/p74JMsDRMy+BBflyrrjdzmuxxL"
    "fc3PNtbJ4ozj5JYqePkZzgNn/+889FDLyff8438OBeqgrBfC7DYf/xE+Tu+0Lm8/sN5vP7"
    "dfOZvdEjWUUe/tHr3ObFCIck6dPTHHro/5Bl0mPUvzcwF5iROCIDnp7dNP9Ms/vyunORPv"
    "tggIssx8I+D7N//3+5vmTX"
)
