from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# Written by hand around aerich's two columns (issue 8, "money rules a code audit broke").
#
# Deposits: a bank reference is compared by its key, a numeric tracking number without its leading
# zeros (models.wallet.deposits.deposits.tracking_key; the CHECK below repeats the rule so every
# row's key follows from its number). Existing rows are keyed; if two approved deposits already
# name one reference, the migration stops and names them: money was credited twice, and which
# credit to reverse is for a person to decide, not a migration. The unique index among approved
# deposits moves from the number as typed to the key.
#
# Maker-checker at every amount: the declarer never approves. A deposit awaiting its second
# approval whose first approval came from its declarer (allowed until now) goes back to
# `declared`: that approval no longer counts. Decided deposits are history and keep their facts
# (the CHECK is NOT VALID: it holds for every row written from now on).
#
# Orders: a failed order refunds only the payments of its periods not yet delivered, marked
# `refund_due` when it fails. Payments of orders failed before this migration were all due under
# the rule of the time (and refunded ones must be due): they are marked so.
_TRACKING_KEY = """CASE WHEN tracking_number ~ '^[0-9]+$'
                THEN coalesce(nullif(ltrim(tracking_number, '0'), ''), '0')
                ELSE tracking_number END"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return f"""
        ALTER TABLE "wallet_deposit" ADD "tracking_key" VARCHAR(64);
        UPDATE "wallet_deposit" SET "tracking_key" = {_TRACKING_KEY};
        ALTER TABLE "wallet_deposit" ALTER COLUMN "tracking_key" SET NOT NULL;
        COMMENT ON COLUMN "wallet_deposit"."tracking_key" IS 'the bank reference it names (deposits.tracking_key): a numeric tracking number without its leading zeros';
        DO $$
        DECLARE
            clashes TEXT;
        BEGIN
            SELECT string_agg(format('%s %s (deposits %s)', bank, tracking_key, ids), '; ')
              INTO clashes
              FROM (SELECT bank, tracking_key, string_agg(id::TEXT, ', ' ORDER BY id) AS ids
                      FROM "wallet_deposit" WHERE status = 'approved'
                     GROUP BY bank, tracking_key HAVING count(*) > 1) AS twice;
            IF clashes IS NOT NULL THEN
                RAISE EXCEPTION 'bank references credited more than once: %. Reverse the extra '
                    'credits and mark those deposits rejected by hand, then migrate again.',
                    clashes;
            END IF;
        END $$;
        DROP INDEX IF EXISTS "wallet_deposit_credited_once";
        CREATE UNIQUE INDEX "wallet_deposit_credited_once" ON "wallet_deposit"
            ("bank", "tracking_key") WHERE status = 'approved';
        UPDATE "wallet_deposit"
           SET status = 'declared', first_approver = NULL, first_approved_at = NULL
         WHERE status = 'awaiting_second_approval' AND first_approver = declared_by;
        ALTER TABLE "wallet_deposit"
            ADD CONSTRAINT "wallet_deposit_tracking_key_derived" CHECK (
                tracking_key = {_TRACKING_KEY}),
            ADD CONSTRAINT "wallet_deposit_first_approver_differs" CHECK (
                first_approver IS NULL OR first_approver <> declared_by) NOT VALID;

        ALTER TABLE "billing_order_payment" ADD "refund_due" BOOL NOT NULL DEFAULT False;
        COMMENT ON COLUMN "billing_order_payment"."refund_due" IS 'its period was not delivered when the order failed: the refund sweep gives it back (orders.mark_order_failed)';
        UPDATE "billing_order_payment" AS p SET refund_due = TRUE
          FROM "billing_order" AS o WHERE o.id = p.order_id AND o.status = 'failed';
        ALTER TABLE "billing_order_payment"
            ADD CONSTRAINT "billing_order_payment_refunded_when_due" CHECK (
                refunded_at IS NULL OR refund_due);
"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "billing_order_payment"
            DROP CONSTRAINT "billing_order_payment_refunded_when_due";
        ALTER TABLE "billing_order_payment" DROP COLUMN "refund_due";

        ALTER TABLE "wallet_deposit"
            DROP CONSTRAINT "wallet_deposit_first_approver_differs",
            DROP CONSTRAINT "wallet_deposit_tracking_key_derived";
        DROP INDEX IF EXISTS "wallet_deposit_credited_once";
        CREATE UNIQUE INDEX "wallet_deposit_credited_once" ON "wallet_deposit"
            ("bank", "tracking_number") WHERE status = 'approved';
        ALTER TABLE "wallet_deposit" DROP COLUMN "tracking_key";
"""


MODELS_STATE = (
    "eJztXftz2kjy/1em+GWdKjaVOI/dI1tbhW2SsHHAZ8g+br2lDDAGnYWG0wgT7r77v3+7Zy"
    "ShJ5ZkHgPW/bAXS+qR6J7p6f70Y/5Xm/IRs8Tz5nDI57Zba5D/1Ww6ZfCP+K06qdHZbHUD"
    "L7h0YMlnLTYaM8egoWcHwnXoEIe8pZZgcGnExNAxZ67Jbbhqzy0LL/IhPGja49WluW3+Z8"
    "4Ml4+ZO2EO3PjzL7hs2iP2jQn880//heYI3zWED6r9hc/M7oxbk1mjyA9RD8nrhrucyWtn"
    "5rhtu+/ls/gVA2PIrfnUXj0/W7oTbgcEpvpZY2Yzh7oM3+A6c/xZ+NUeH/xfqn7B6hH16S"
    "GaEbulc8sNsWFgrK7VDKPT7Ru9Vt8wagUYN+Q2Mh0+VUgGjPETvv/H6emrVz+cvnj19sc3"
    "r3/44c2PL36so8TgXvLWD3+rj1lxSw0ledb+0O708YM4SFYJHi/8LWmoSxWVlNCK+1I4Cf"
    "6fT6iTzn3/+Rj/4YfF+e9ze50A/AsrCaxmY3kR1BYT6pI7GJTwW+LN+gYZzoXLpzAtF9Sy"
    "mJwvOaQ0pd8Mi9ljdwJ/vn29RgC/Nq/PPzavT96+fhaVQse7cypvoTxW/OcL4FgRAQQEpS"
    "TgTfA1AtjpEogw9+Xpjzm4C09lslfei/JX/n8B9vrP725+12o74e7pixc5uAtPZXJX3oty"
    "l31zmWNTy0hT4tlMjpFtZCbvV5dvfyKLpXDZ1LhjyyKcjlIdG6P/8TYHn//xNpPNeCvK5R"
    "EbmK4wprBVGDZ3DfZtyNjIGDpsBNdTDBXOLUbtdOY/PFhMIAMYbVtqJriyBamss0q63Usc"
    "eSrEfyxlpsRslM6Xz2ctWA5SSvCQ6UZMl5CpoviW4Kdic0HZPDxYJZvCsjEsc2q6xcz5OO"
    "XDhv2muP7iCAz7kAQsLliaK7V2FQRE1WwvMNs9xT5j9gg/ptB8T9JWM77cjPc5yYWbOvFz"
    "CCEgrWRQUut422ippZBCXMnhkXIosRiStJUUyknhnjkCP7QQ+0NE2vK9JhiMbQ8ZsHs6YA"
    "7iau6EEYsKl7B7ZudF0/YililzKQKgSbn80ut20qUSpomJZWQOXfJ/xDLF1sRT++l2bg+R"
    "+WQwNy3XtMVzfO3P28KK1vAYeRSxm3z/+eRz8/e4a31+2T2TLANdMnbkKHKAs6S+QpYZNM"
    "VbuIA7rjllmdoqRBkXjUf63P+HPqB0ftUFP3DUta1lTUEra0TTb39u9frNz1cR+Vw0+y28"
    "cyqvLmNXT+JwSDAI+a3d/0jwT/KvbqcVF2PwXP9fNfwmOnc5eM4Lg45CKJB/1edaROqRsF"
    "BeCCtCpHPYoSxamAfEepkNYr2UIBaG127vUkM8ioFJlr/nDjPH9ie2lIxvwzdSUPEpbPZi"
    "jZfBQAfG8L/9OeVfXc1Xhy6CmGR0qsHvh1/NlA94DVP/un0OOwsyekCHdwvqjIwIx/EOP+"
    "WxK8Gz0Vsh8fA0xMSj6tqsz+E/18yibrqV4AuH59mNHo7/aCEYyeXp6TTGyym16Vh+JQ6H"
    "xNEoeEtaItlR8pZvqeQNlRuBbfNgwLzWB3uIz90B/9Yg3GbE4QsyA1PJG4oMJ9QeA52yoN"
    "gocnNhgkznLhnTmXget6U2PHRKAP/Pmv+D1dz3zT0Vtg+F9qsovpZR/EBehWQQptqd63Ek"
    "wjh8NPBoBXFYgODRieFwMcHjFcWBwYLHKIgK7ygMPemEb/g8WQtwRK3o/GstSlets9LrDD"
    "7AFrcZGNM6CcQIKxEUEsEa9CmUdP5I+CmU6n5ggsiLP0XVQAYAlTbdN8DdfmioI2VvbI1v"
    "F+AriGB52GoKdrVCXR9ErVZI78NwVdMmVAim8CEChh7hC5uASN2GDx0JQu0R8bkmiM3umU"
    "Om5jfiLjhRL0tBqzY68sPVJpmQ1H5LGzRKk91MhKG+Bn/SP8t+d8zOlWf/ck2e/ctknj0u"
    "niL89Z/Xmb81McU6HOF6qsExKYww48DWOmG26yzjmiUP+1+d5uD+q9NM5uOtynV7mqHqhB"
    "WbbQok7Nu0/HOP8v2nh6N3x2fb/r1Na+lKoYOBzZpiNsUfyWM/eaCjETar8wX+wLp2maw2"
    "JN4ggXXzTmZK+X+hPcSsWyRYCmJOp3P5Eekxv42M+ggLSi9vuorz1eSESDcEWvZ8mnD1ou"
    "E+n3iHtY0hGL+IaXDV6ly0Ox8a/rS/sa+6vX7rAi5INPrG/rXbvsC/77k5wr9bv1+1r/EC"
    "+zYzHYVX78tODtdH4seIErZDlHIDtoNelb8HYinkAn1hKG7dg503WBZWlEnaUrpSs7QeLY"
    "DHEGt3C49pJoy86FhyKm4AIMsDVfo5bjsAKvdqQmwRpnyUMb3Oii5kPhczm0HiK0uVTPk9"
    "m4LXj9buVzpFZ+gruXX4FGxfmZwR5LO5HC6p4LR/LWk9b3rwPE1vHAa/HfOp1IxFsQZXQJ"
    "Tw/J8qz8SI4vz+Pa8SNv2m75rg31USnpbGORii0xl3Qd7Lom0aUkiPDoXeSgMSB1MYhWuM"
    "zDEThSDSJKXOYGlJnm++X5HSnsXUzIqmCquXzyA6zkZdS4ljTbnNlnKbLuW4b36aY/Owsj"
    "iLT6s153vtzofLlnH1sdlrNYgAXlvMmE2oYDd2OvpirC6DA20E9xCJWd1DPCacvLl/DAbx"
    "ET53DcHgxaMUnD4bxUxSHpF3fvry9Q+vf3z19nWgtoIr67RVUjMl7d78e3CccktN7Y5qC4"
    "54FaW4vcG2a1rxeiuN16rq8ap6fO/79ZME1lMBkaIFDEaVW73J8qrS0kijroRRWhhVK4Wd"
    "OA8h2LXQbI/SHZHXsN+YXtXKYpOtLDKV+wYYfHwJbXEOp21oORgdtUoqTufgdKohl4PVmQ"
    "XIVfQ/wePohrWr3jf+WzPy2op3wUnJ+jwOeRXuiDMz+/yO2bW0bjj+vfq6oL45YrZrukuD"
    "zkzDDZ7f5sExVWBby8B2Vd2z3eqemcNuzW9FOLyi0JnHNTHByj+XE5dZFpE6RBA6o06pw3"
    "e2EBrCLzImVEyKMD9KdXR5GrsMpqYzePcBVNgGzYLgOJIQ7hDBhN++d/8T+qDyzTejYhT7"
    "BQHD7x1pXrXJHVsKMqVLYvOcaubIMPMqNJKx+I6rWjGCBlPhGnNRSu5x2oNZ+08yJuawez"
    "A/ysg5SllJWWcpC5fe3hYOOoSpqtDapmIOkqsbwBB7OM4XcdRRh/AMjGCI583eefOita/u"
    "OmfUvltziHL4dj0XJjYAikLnKdeawfmz3wmC5EHNyWBJehM2oES1b66v+uZMuDWSz+P3vi"
    "NDcDm/53O4MeaEgyEDLnXcwt3We27se+aYwO4RdqBe00g6OGXX6ySNb6zaSOuj6eprgD4l"
    "rIQA1hwv6hNoDUO1r2W7qdPXZGSOvdMdC1ev5PHVT7N99dOEr64WnVEUXI2R6cx4nQqFfO"
    "1VwnCOkVaWs86WcyCstKrv7FUVI9P39O/aYsJJsBWbbp1QIUto6BxrVi0+lpu4gE3cspgj"
    "GkTaZI2fzNHPZfTe5tHgCqHKZv3xIlQxs7BAFm+UsPJrN+XX+ozdgGt7HhrqwESROwcpOg"
    "2LOrchtoNzZaBzlbIMCjSMO4dhuvNDnPx7aRgXzNAU7z88e3O4/uF1k8ftn8EuzG3lbAft"
    "b0/4AoRGvvqDyf356zNsfOlw2LhH6K1TgqFyfI47+Ddu8zOYGLfcmaa03d3mm6rcHY2VfH"
    "2NSz/lA9Mq5GCuKPRNbai9+Mc3/39lrNqXL/NE3l9mR95fxq1a/XOkinoaOnnvh1WOjzfN"
    "e3M0p1ZR747aZEWMypgSi43hn55uP6FkyKczai+flZr3m884mVLTKjLxA4LjKz8+fZPHWY"
    "ansqf+m4S7bEtDkFoFS71iZBth9lY0+csX30tUlvhfTNoXsuVteCXUQWNnPOavBz22AYva"
    "4zmYoGWVVZh+hwrrlhZVVO+bONCN3eo0CCuV/ZanUXt2n/aqTXsFK8EQnttSvD4zQqdxfW"
    "ZNumKec7aYcMHIlGH4Fnw0UwSxXmKKd3J0Ai5bxH37Th6/knOB6oBLeT92A7DU1WqkpyfL"
    "3IVfkZVQuPBrJbdwSsQjwa1YPsaBqdtMgCuS4eXlLT8SBfSmTG+VhH6MzHL5zJjPHsmrPp"
    "99mR0rh0YMNlbzsevuQo1yrEyqoPc8XOLOiDmPZFEXxzgmBpWsb15gED6tW2rhwubfgpG0"
    "MGU2w9ESARx/p1sTxwlthgXCOUaokKsqcn56gZJjLcItiWVWxbY7YXOVXlXhYJvAwTQq/N"
    "VN6gci5VzZrVWd51ORdFXn+RSkXGXF6hZ9qLJiawWCB4/Mit1mxqcf/EkBCkJxoRwAQSge"
    "lSPd0ybcGVPbFBLPIe6EugT4x8YofaFyM1suG1CnQUwXwzlilauJVWoyLXMVDBIpiZ7beU"
    "eFXGisseprkAv9Uw93l4FVJR+WCEt/buGP7/QbBJTBcEJt98b+2O23Lhtkwl1m3djN9vVl"
    "u9NqEGo6lmmzG7vd6X25bl2DgrHF3GHOjd1rXrZ6RvNDCwcS1EKfEn4gjHXW7Hwyzq6bnf"
    "OPDVmSbgwc4NYkZ1LClnEpE75z6Jr3af1HObcYtTOUWJguJt8BEG5LwL6C261pfdbtXkas"
    "6rN2TFF1vnw+awHvJevhIdON6K8KoXp6CFXCzs5VIOVbJY+M0ua3vp9Q9k90Y2PLRzLZs6"
    "Q/qSNLD2yx5cvTSe/+U4RJRRr/7KxroiunV1D3BXNL1YnjjFsSUEPDidf6Bb2L1VP+qVaa"
    "1vmFJmS24+dN1/y+n38mb65yv4BVXjPKOrHMKWyGI9kIF9azGHJQ5OQE+A//cJQTJ4v2n6"
    "G7tqCCjMGssFNL/DY7euXzVT7f4SnuqiX3plpyy165GjXkhu8pnCEQpqnyAx7MD1D7Q5LB"
    "2YdZrij0OMoS33d0R1kWa1cUpdJa4cjeREOXS58HnBsxl32LyuibKlmmgiKqbtlVfL3Koq"
    "ikrEkRqHZaW4ccin1UcOomiB2VX24TS+uBqNr2OfxRS8HSQnfrubA0AQSGaQNLPJIcYBq3"
    "2feoXwkSEcG8Ltafew1wXWcu9r6k6MSCSYkuYJ3cU8vEDtVDGE4BnODwOi6R2joFT9v8Cy"
    "pITWOlVV8Dqe2/U1ZSZe0PeNh8axRcYYXBnQiRzn6uNvgOdV02naXVuGbqkTDJ7qygF9vV"
    "JqcvX//w+sdXb18HSiS4sk53VOkKT9SJqCponoSYS8I+h4j41NDiRrBVtYStYztBh80sOm"
    "SjfPDroQu+QP7RVh2pIAEkzY8KZ4fkcaPkEUtzUbwB8YQTnBHCnxAy+0OIBXdGjXiikXxL"
    "ncRSRE6+ev/++mxd/+HNv6hyqg7Uqdpxe1DNRLCL7qBVHsg2c/99vVXYcU0QVhzPx3GHZ4"
    "EwD1db+LQ77Jyqcuy4Uytom3V/62D1hGzOf2M3Lz63Ow1CR1PTvrG7V63rZr+Lt73RsYbi"
    "/JPRff++fd7CGorhncFvb80hu7F7X66uutdYczGfzbgumTxVVcWOqyrWdx7OCmYfSLdhmU"
    "SCiwNsQ/+jvfx4U3h2J74K7chy3Yh/zLEAfsyc/z/Gp/8tWDHgMXoxjyJgXAqltphcbeFw"
    "exwY99Lgp8QBD6yIiboxpM7iQwzZz8FRSrE5H8jriNEejJf/JFGcCpPNXlTHm7d1/M2+d1"
    "GX82RTRI5IhjvKLok173tksWBzZvZxmANUqrlKBR12b7IF7C077zO8o5mNwC6dzRx+j6fA"
    "YzDh32zoFkjn3ktJ4DmdjyduS+KKaV1jQ7fr6xB4m7vm7RKEi88bAU6ZqyeMfFpC32BnUo"
    "v0PvevyJC6wwlDNg6ZiSw9GbF7ZvHZFNOQsE+Ly4Qrnskjfk244jj4WGpDmI2/oELcDxRx"
    "x4lg3Dp8WgQIiBAd35F020DewU4FyxWMW5FWTdVn3zJme5xOZ1y41geFwmypMxgYKKBIzJ"
    "kJykPU8ditKf1eMDAx5HcW2QBSnZHW7/2IH5Korgp8kctu54P/eLzkKlbsNh/gFlVEPiGS"
    "I1gIu2b4FOY1bMMFD6uLUu0smXJH6udVrjDJqzVhklfJMMkEvPzUHinZMztEUs3swjN7wE"
    "cpJZrZ3Pafr1hdmNXowgrzvymhjEwbMkyicyFP7WyJLRr5rbTVPb2H5rdvo+8HOfffXqpQ"
    "LkJaIaq6I6qaJMUpv7s3VcxLdcrxZj2/Sy68x6vDW56e01vV7my1dscFM6eQk+s9r7Nzq6"
    "35UwU3q614p1uxBL8/K1s0bTeO3M+zIUs02piGKB4Eybs2UyB2HU1hPINQFi6glQyUtqCq"
    "CRAYzgsMmsGWL2TgQcLYsm6X3rrMQWYILOGltuo68y6Blm/tTTe26QosFiYnOJgk/E7ggf"
    "Vzh8peW8/IlN6B+S/79AGPPdh+wMjCMV2X2bKwOCf+/if2pnTnUgBgTcDdP+P9+P3Lqwdt"
    "UMyGV++HauKvyqDR0qDxGk7mtWa8x48vZ34bGcZ7PXTl4VDtsU72tNBJkTkepdIXVquhbl"
    "3C5sHUphI0dp5Q2Aw4CSLHWoSxDidteHdKJw+Xs3mc9J2mWO9WiMNhmiPk8Ba6WmYF+rJ5"
    "vJdA385YvJWgk/4xkCOCAVZGe5lSqBX1DndKeHTO/GmQe7/855fWl9ZFgyjqG7unTpCRR8"
    "e8b7Yv8Z6qioB7n9pXV3hB3JmzWe5wyZaLnaqeK5uu5MAum8xxeEqGcLa6iVLpayFqq3Iq"
    "5DF7hh8X8hjZaEDTlhB5iKwqltK5WCqO+RWUcwr5wci71vSsiiDVwhQKw8VkV3TPEXL1zl"
    "tC7BVxXhPddJeEjJknNV2YrX55mU5YUdLDmSa/+WCNWDA2I2hIkDG9l9PB5YSSBXfumPOO"
    "DCxq36kAgAT+1bJ4epNkaFEQYClLIUJ5YFPEnwgwKfidNzlAnYzeqVIu7ya1uM284JIK9v"
    "C5O+RT+AZZdIGgIHIB5tlMMOFPJ7KYgJNDToKXjEw2evY05pYmkdDmfGS6Ldt1Uo8PC92t"
    "r4uCUnzOYMGD20xI+rMmg4/haF9w7Ff4YrQS0L9aRQC1jQAW16yH5nvVghDJ6qA64cI8fY"
    "pWV7CK88LXAYHO4Ko6PrPxkzn6uU5Chyl6V54/TxQz7id8IJlpZB/0vUYExiEc8V02kXDz"
    "SKlkWdGudVGqI2T0VqI1x98uI3yiMqZt2eM6MW/ByF7mVCt7SX+I2Gd5l0CE6AhXwFZO8T"
    "Tt2TzFjMo+6jAg0OOkQ3xt0ZMOVa80ZzyfqjpdwYYOcwWZUnG3AcNqK4cgwi38aQWWw4pC"
    "57UgZSHmwyETguAXynRQxAG8o91lsAou+mfiaLFqRnOlaYxpkYBmjErnIrydhjU1QTZ+Y4"
    "MJ53dND7BMQTdiT9TXIRzsHpWLsVAkRggGzZfp/bHfv/LBU8y0pgReYd4zZ9nwmpiM/Y1d"
    "qLxr9COwdVJK+5NNDFhVfh0oTMLs0YzDJxW2cmOE29JXxyqRUHhxPh2kdXLL5PyKoNokUv"
    "ipMreCY/JyMjVGpbHXtjfGZuQTrTmL4FGpRLpxM2I4vsllOL5ZYzi+SRqO0tJlI5amidf1"
    "/I7Q7bDn937yRzbY87uy1KtD36pMuM1lwvk+Q2FjMkZ4TEtqv32CfcYmxVG4UbDn316ERj"
    "wwifztT7sHuv7GZqNWh0p7UjifO4KnnocWfaBeAIUYrkgeBCE+8gXcUiDcyBQzr1PqRHZi"
    "oiM/aWfAv5ET0yUWjC/ksSuYpgPiR3LuEKzRkp0QTVekHIm2tbc8Aq7Y74lRGtUWv8pT5/"
    "cqu9DvlVfptwabwPlZHJgIUR1NZcg+dpG9Krhgm8lWceGdKLeSC2+IObtq4ACYqIhJiT7q"
    "1SCeneodZe8NC39Tl0zBqlLZ0F7s4hZ+4jIdeN3o6Clq7c84UBcsj78qgFaXpXcsSrBEhM"
    "9iozFzDDoc8jl8sfzu52axNo47BmwRKix9xF5AvMPyuhmoAGRjQdFctToX7c6HBvHob+yL"
    "1mX719Y11o8GKileY1oqDFtVlOoO6ATyLgHpxGkPpmjhSZa7VdBd9qI6XuhO9zjw04PufM"
    "ZuDrprhUY8MInkhe5is1FH6C6QQrZnGxZUbs82PF8e9mx/A/+Qrc5YIwsKYxFswOiZ4uI7"
    "MpxQe8wEuer2+mz0nOBpJniuKgjKS4v0a32FC1Ny1Eg5yGprL7qx4dKIyROXgmpkeNq5Vy"
    "fGKTLsJonpSl/V34aglvuVnHz1+K1Y+Nxjofj6aHSw8pX36SvPnZRza7OhWe9xnTNgS2Kz"
    "py/yNn5c2/kxmaGwWkVFGB0jO0KGb76kqjoAfsfJIJXfkz3Xj9fv2WORl3ZS1sHr2cfBxr"
    "oJIq+z88jTibfp61zyVP8GL6/1aRbUgp9gWDynG9MkAqwOpkoWFDGWA4GPYLoNuKTCC76r"
    "obqMTOlS+hJjTmw2prhXPidNj1omF3A7UU20vTfd2DNqjgj85HdEHm09dsBFwvfMwKvh+E"
    "up5b0I3SCKj+Jt9KH4wq6ThelOsJsO+zYzncxIYOXC6KL+1rkw2TX0D8eWDqGSvnbVbF80"
    "CE75G/vquvu52293O83LRni26xFDOrYzBGqhkzQanhKSjSQaUgF5JZVS+3wnz+EoJ4ZcFZ"
    "Vv11RUvk24nVKxMVGmo1qE8mACT7Ww6gd1jxuFlVMeB2Kc54pFKfGVaqUXoTwcwQc9fdRm"
    "Tv7NB9hUb+amYKvHL//KJ89Wu8frk3tOQFFDNEJWeeSl85v8XKyi/I/SbUYAT8QjWAOIqF"
    "m9iSBwMNCBrYK8cEhk/RdGQ0JBDsx3MxBcSUkfO/OI33+6ZlZWQyGP4z0cCGGoI2L630nU"
    "KKE5klzr2qzP4T85p2pzNc5BKYy8MzWqKfNM1UeBcXIe1lLgOHWjngOQE8GTOSC5GV1Ogx"
    "7hPlhWx7Me1bmO8KejPMx3EsSSS0029vF6jcgEATJy2EKOkcyc39I78rSLjWiZkJX5lzw/"
    "MvR3BbDpCbAdGapTMmC9FZyGTtPV/1qrMaCpTPbSJjue7VjSak+Q6iwG2RAuEWlhwW6wUM"
    "VUOYHLvYiqgjSyBXK8kIbDbufA1DJij5EeDJT5JIsnKuiqwk50EsOusZMKNcmLmmzYvZcM"
    "y3LxfW7mc/Ml9JXL18/mS2oluhpdzTFwwKsidK30aH2N01w5dvty7Bxqi9sS+akxwkoEpU"
    "XgaapC3F/RVIwvzfjwdpGf9WGqivmbsqQD/P+RhnQQcTgwIeS1o8OzL2JGnzd7582LVi2u"
    "WjbAUy+p+kg5ulKlWiW4ex5hWg1v4Cs+aG6v/NM8YbXhXLh8KsNafja4LdtGKUBUxbkcvs"
    "AkcRXjGt6pPHTujLBvP14MMtflTBVpobWtvadKStdY+a8z/5Xgi4TNVhQ77HPUvr6ubUsO"
    "W841r6IC2aw/3qiAr2kLG7kxwirXbjt9LiOW2iNhzeOy0pKO2iZQ32Ni0Lo8OX/5JllWMF"
    "HuPDTQQS33vNZ/TNGlu1Sbs+r7fPZlVksx6tWNPDa9y2fzWT6THvu/+pkL7sTh8/GEUDKg"
    "9h0ZgyAXdAmWt8vhWsgkV69Jbyb7mMFSEfsY+80Rm864y+zhEk8hVjlv3uh432G3zGE4Y+"
    "O4/p/eATvyTbNRlSS3/31wncEfkmmZQtQQuda1qL3m52anQQQFhXBjf25dXjb7DTJl8CE5"
    "i6223sf0aAMvNceEUYg8VRW79Ofk9946/s5TDJz8LX/naW1lt+kLe25hQX+4dn7dAr/oIm"
    "hAfmNfty7a161zeRHRIIcN5fVfW9ft93/I/sD3zDFvl7JD8Dk+7g8wMuWT583OOSwteREZ"
    "BFtOomvwjd36/aotOwt7lZv4ZnhHT70XXiF06S0sUa7CLluYSuPT5WSGpfxWsCIQ4OOz7+"
    "cztCyEfzY4OfkOrhK4ip314M53z3RevHGjJXUVZxkVCVKt9zNZ+mCZzC/grxP1RjIDcYad"
    "Di3OSXb5HSt0hntAsEM9WlSB9tCW+A7XDXxrnXyWtgT8fc1u26X012neTn7rGvnFWe8r8i"
    "T3s892D9Mc8PHuC9mPVK4Ub0GAF4T9QvHYjbkD8piCA8RHdeIZxrlktkZEWzrx3fe0Cqyf"
    "CJHGZ3JKPYaeK6wbT4EFn46Nj8IZ/yf+goMF1plPQyuuRy127ZO1R3n3qB3oPXiskNwCAn"
    "31XtlAyjb4O0QYyKLCfV2EyVEqfTldw28Eh2nukJE5lj3Abr2aRweUls3BbLPHZMqdRA+z"
    "PBLJ08c0u41poospFmIiNGeUcWRTiHW3nNWXKnlY1JyiKPyfQQS2WcLNRvZbOgk01XvTpl"
    "ZTUj6rk+GEDdEnpmMQEZH9YKSDZQ4lhI5Rd4eBSHO7Q3uxutUnI8pXQvApxDoLfoG5D/6e"
    "RfyP11k66HTPHZZxSHq2kozT6asmS25Im+/j7LPMYVTwQu5OkvLo2P0q1/7/as3+/ypl/5"
    "fIk1E6dTqdXmMFpGVwocptedq5LaEoX0GpRykrqesidZ9HIbEnUkGGfDrD+Hyp1R6jrSqd"
    "9RG07rlr+17ROtRoZGcVFS4peExekR5r7FGZRcVqntUhUimLoED6m8wvauFAR8TyrVY9hz"
    "iWla8V8DNf0pY6fFg+n+9g8G/q3DLVfz/w/+mAz11CvchpnVDZaGwC3wBSHb0jNgazvSPP"
    "RhmHgm9q5KriQmNVXidP+BiAfvdTq9NQYVJMEbm8PGuef2oEYKmfYOJnlwTpIEE2yI3d7v"
    "zzS/saHjHt/8xNZ+mnn/jJJ35SiZ9TUioCtPlSj4KYm/5YWzheR22xQCXkffT+8Tcxn06p"
    "UyjtI0SiMdMl6ozRBJVCh7k4ivlsVCcDx2S3eU8MiIrgTS5M7s0aTO5NEpMr7g1W3r9eTm"
    "EezAcMEwPsqOItCENklT+4KX9QsXUD3mBQ/HBgUsjrCkbmX44Sk50VmV8wWKBmqoPj38rj"
    "3YxCz+aoM5e+hkcD/z+0qKNStNNqR94Fib6EwySqw3/JLcazCXyWw++plVZivo1X5ClgkU"
    "Ura0pT/I5UlUekn0e0x77NW0wY8SY/zvZQtnHp07e2kU917DUoORm9l9gpKsqyOIBPq/Ua"
    "wKKrtqq5MuMlWDd2Dzbfa7wg6Ai/9sbut35pyisu+zeVV3qtq+ZHeILN6OTG/tTqfWzCbP"
    "4XDHrHxITeU+e/OHKz9wlrvabgLWGx13XrPVI58J1AddXt9Y2zZudTg6BJbCDr8O3h8rCr"
    "5nWvjX/PqCNMdaXXvP7QlMcZCuqMKZaxfPjYb8Fnw4/+tQ0Ps/HEZfD1YDPfm0DTa3eaMC"
    "RsX/Dvj82P1w08V3Ti3NjNP5qdixZ8E12CL8fgqy5afzRAQUjso9eUjAFbnUrOfAIuvG9e"
    "4yvugA+31JGjN68/N//AQeB7pnSJo3yS/PgMn47X7yRHpvD9eK/f7bVaRr/Z/LUrwRjBYA"
    "Ol9F5B1YWzOU7zJHOcZudynMZVj2ciMLCjUlJn0IFMVz9xunVupEaLQW4IVB1hMeU2W66y"
    "BU1b4r2+rZRPPGvEge5iSl7yHQxngGYZFGv3kkKqtdaxOawOyxRs1CBg4rfbfi4toihDOj"
    "NdeAsm0xIxo0Mm8HDMERUTlnez2DKoFfC7oFUUp9NaSEHcY5X8D94CskCQE2+Fi+fhn/QM"
    "D2KGKcgcc0j8G0TNSRlLwfgJitlidIS3/sscrolID7DGNKKMCgj2onV+2ZS1nv4IsPv91m"
    "z3250PQHTe7VwYzaur6+6veC4wXVDTRQELBiIZGb7TBzTyGRxHXVNFo78Exar/lqWquuxk"
    "6pcag0ILNkam9Xr1fW15pjBqTJiUt7fyLz2W2K3pgG3nzZVC+1uSUufyKd34Hlm4xRifQl"
    "pxPj/nfR1YUOvEyCqOl+B4Vr5/n33LwExSSDXm/EaSHlu/9yOhrURpbBDeuux2PviPx+tl"
    "09L/gY2PLABIjqBxCUBt1XPVQ8t1RrWqioBsgRxvdDhiRJURfuoAVZa4zlni4L+Y5Y49i1"
    "IejJRr/vREB6iYC3pMcq+qA3TLBqmqA0JrbOvVAYWyQsLew5DBj0pZMh6l3x/24YoCL0Hk"
    "ejWiFvpxM0UFxXNofD5kp9KEOJU3o8YIyevhzJr+BPvYSAJiTuFrCQ1yYBah2I5Eqld9IF"
    "xOBvjoL1etD3Vy1fmAO8tvbHCVTKzZyhuqGgKNFX6dZGfMwEe5zHYVIxNyWJdwHqXTGXQu"
    "23dg4/i+x7S0+W5TZ7mW0ylMHixdFWs8MDavm8Rea7PAfAVunrU7zes/0tGes5RWaGd/9F"
    "vNOLps/jdlemefD+Y9rrNluRJ/bl1z+vL1D69/fPX2daBigivrNEtKr9sJPX3zthBGH1Ac"
    "oabYPEJcgV/ZrD9e8Mu3GIuaRFG66qCX7Rz0knTXEpJLiq3gWR2hjP2DElhelzk6U7d9Us"
    "c5FZPuPNWf82/VczhyQ3jW4PMCVd/oOo3gh1PrOWljxpjq+GcKMoEPJ4MlOFJ4lg2mF/nx"
    "I3Lr8Gn0WDyZ1GdxF50vuJFw5bb3qht7RpfwkwWB1YJpo2NCh0M5ckDrMJh4wiXcfif/nn"
    "B4H7wXlSK6j9iUMEjPwt7gmDh3Y99zhGzVbRmYRUcynMY1F2yjtRp4/kiMzPv06nyRfavf"
    "+hrXtCop2LUsDjrRMFjTtYLCuG798wtYbiod0BsjPW+w1+pgmQF445jX35Y5/WZqPmH86I"
    "qcst5yV4EjLY8KTjPQtThqtd0UTbGK0mndaICvjukhpisLEWSz4zkeDmzxsZeUjb07mCMa"
    "RPtM0CBpfAZGifmtiOBSSHcou1b/7PvzblEJorBM1OiWihqhUSi/HnuHYz58kCsPlmKolz"
    "GegfDNN+iiSnjvgCsobmDkNCm67AS7EInWy20J+5DrWlIesL5kv3e51bwjoATdpZIHVk6D"
    "uGyeM9Vr13l46DOUz8FLo9ba7pOHUsSdMfwV8kLQGl5ny1CWPpaWWBq1xhmTWnpMof754E"
    "qXl0UadSWLsrJQlj98aumk7iitvpuPtkndCrIySh17lEarrwjCzdTSTj3ywMr929D4jYUP"
    "kIgQHYYQpP3ltbVTHTgfJ4nNm8IRyDMhjPUxxThtFVU8pKiiw+5Ntigp+AjpwSRYP8k0es"
    "QlS8g4RFbJV2/5gr9fahlHKQ9GyjUZlOSOB2yEQafHoxmHJn1pFHkx2MKuXgqxzjiJ5q7e"
    "gLrDSQkZrKgqN7t0VWhVM7RvEQRG4WBZWApJWo2XggpqpZTqEf0qp6uirp0WdWXtzBvg8R"
    "kM11yNdqRsTrFIcrA6pD42wOkeBpy/iFzT+VA0Tl7+JxVxrpkOJswGGH8lcbEzfzQtWL+F"
    "Gb6y97ZbGlowKzbM/ZTM2JhwHsyO9ZDzYG48nCGLubffy+RSxB68jFOV/ukne9ZXpxqNHT"
    "6ffb9KXQVXEJFu9g3eYWEbTC4YcfgikU+3rffc2Cd3bOZigsvCMV2X2XUiOFZR8oVtcQqO"
    "qrXAdNexec9UEowAFhNZr/OsKpfU39bNzknFWWHIPxJCWNcYLkSkczZdyfKnreTMZdZKZo"
    "dRsyslteKyFzcCdSmVDCgPhp18pfJVOvU5Vhyg4nquNhF87PGI11b6aKUbvdle+CGkZxfV"
    "SRsrq3S5S61i6j0g0ZmheFiWH51WGU6iTkybaJ8GX5VhZgvkeAOmYj6Yol1XKtQSoz2cYE"
    "u0Xgtcc7Bxizueuss/M9ZSoBA0pB+8ysBHHuwbKkbUYi482hfe6qG+XWckXaaE56pu1Nf5"
    "rAPTwpRpgweP5jjrKnTYlKTDrYySmcNH86H7TubGg1+IpY+4fCw+BP8Sz12UDwt5H5zkKZ"
    "PbngMCXqRse9t6z42NxxVgWaU9Es/J1xlzTD766o/i9b33NmeZxiSjruoxcvIC2M9tpi4u"
    "mZvXf02UXPqVmNU5WtrYOdlu7swx09In12Z2+yRaG6LS4sTJ7U3woEzJW2VkCFuJKp2Qqy"
    "p3Ict+zNPl0MpAIh4u0gyItfeVPdmAWpTfXEY8Wy6sPMBy2eDEDG/LqBUUTHAWx1Xzj8+y"
    "LjY+4o3dPO+3f23BnaFr3rN4TeyN3fvSu2p1LvCSmAssjMGr583OeetSPjhEflkl62dP82"
    "Qzn2ZnM58mspml0Qi/LkUzcm4xamcUpYfI4i28gG5bIg6u7LiFV7d7GTH0z9pxIOnL57MW"
    "rDDJeXjIdDP0m9LRBeClFcHudqEXJTRa3M56R16QAbvlDpObkexhXWjj2RgEpb7HAJXkFP"
    "Z947QH4/s+yXRSUK0T7pSAOCKEByNjxDe85TWcOw4GBJ25jY6PmrYCFuCY2uQkWIC+M1X3"
    "G9QA8+dTOZ7yzII9SxkjzxqE0eHEd53gjoCHFhPYGUJu1pTb7gRu3LpM1cnL0OGrl/A+WD"
    "hLZY3in08DdkmZkYW1foJO55wyVQIsZ4h03tWso1g9FFpWe1P8MGtLqn2P8nAUApLIbhXc"
    "Zga/vX16C05iRKJUXVCIcCcS3wAGs0K4bfbN9RehKchozt7J8ZRnKfEuM2dc6pimA7plc4"
    "dlFjCvyXBIUOpbtlkyyeFNriSHN2uSHN4kkxyUI1ywK1CE6Oj4vIUTHRW/ShwlFCY8mH3t"
    "STozNnfNIStuOibodDcdYa9amY++o6J+BTkRYEC68CoLPRbPe0GKZ/JgBzB19mNaOmyKnH"
    "CEIVIzutZUi8QJ9YV1/G8lM4589CNqIXnNqBBYxWiPyAT+kx/V3HTzdt9tLZXeEKWttKLO"
    "WjGAz8skMMVoK0lrLekqUe0JJqrNZ6OSUo9SVlLXReopi937+qoEWqPECy8joXj7wwhdJY"
    "CqxPkwSpy9ebsB9l6tRjpS7kbXeOHKz0g7Q5nLmaJiCuQWy6TYq1WOz5FwffsZxj7PshKN"
    "QzzNmW8cTrXKd46MhxxgtNnLeFNZI7HzW+p4zIusM0XnnHyVTzZ+kv/3c+MnNcrPX5NngW"
    "7pHakntygWeDufwttkQnD4utdo0Eg71qVKFdYzVfgQcrQOqAbweE+90XJih2BR1GtGwSNS"
    "IkSbicVtQ6fUVnpc6e/vBB6Q0iDpWjwnLh1Lqs5VBP52TRH426yDU4pKJUZWSi47jOmoI1"
    "GS59fUiSkLgJgjuC035VKC2UZ1Pn5MCdgpRHaEmNPhYkxpqUFYMGaM5mllQOuS3aOEeqe7"
    "12TJnLJ/MUJqc5eACW/eY2XJ6gBDZRSrbICGlwmKP5KIBWMzr82L6RJ0PsiJqsZ7PqXOnW"
    "f2K8pn+RbvbjLr1Q8o2RM6QlrFhQ5gGRfP6EoQHl2i0VYSusLObH77PeIaVxb8hkDhoMb7"
    "kZBlUFZ+YELIC1iGZ59ejeo8rDitSd0KRn4YfAuh1w/Dbj0+Ze5EHngcFORjHaKyAuoyU5"
    "/IYuegg42sJ/ZepkpUk0jb5oatesdprI7qa5Ay/H+wBYvswiESnau0S+7Ap7l24NM1O/Bp"
    "cgeWLGOFbJ0QScXlfFx+Ag0iVK+BE1kfNIRxQ5VCOV25qinEloQEzpLRff++4cvjxv7c7f"
    "Q/Xv7RUOWV1vLG/qPVvMYLS0Ydq9xR0BtvE6H6IBQEVFZEOwRT/N25CJZiqy/123UI4tI7"
    "Rmzu9SfSCf6o0iWz18BhJs5V6ZJPUepZ6ZKlmvmt1NQjs20OUP57SbNpMjAJU3vQe3fq67"
    "x7unrmIac+mw0bdqafiif9yGyHbB/5HlagWQypDpHobLSW9d7evMnjvb15k+294b2YHQqL"
    "qgCHvcePkLu77Vz/S6/bybAqMzvXj8yhS/6PWKbQyEveRCgNmRGxIBLt6OOd52OmAQ5wlh"
    "YB2CVY/ff/A5kIl6E="
)
