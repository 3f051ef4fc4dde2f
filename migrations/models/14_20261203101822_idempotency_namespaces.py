from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    # Idempotency keys and external ids belong to their caller's namespace (models.keys). Keys
    # stored before are put in the namespace that made them: each domain's own keys by their
    # prefix and the accounts they move (general callers never move a wallet lot), the demo's
    # by its references and accounts, a caller's as the audit log recorded who sent it, a
    # partner's where the log has no word and it moved its own or its members' accounts, and
    # the rest in the staff's. Creating mutations keep their keys in identity_idempotent_request.
    return """
        ALTER TABLE "ledger_transfer" DROP CONSTRAINT IF EXISTS "ledger_transfer_idempotency_key_key";
        DROP INDEX IF EXISTS "uid_ledger_tran_idempot_3a4fee";
        ALTER TABLE "ledger_account" DROP CONSTRAINT IF EXISTS "ledger_account_external_id_key";
        DROP INDEX IF EXISTS "uid_ledger_acco_externa_18cd91";
        CREATE TABLE IF NOT EXISTS "identity_idempotent_request" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "namespace" VARCHAR(64) NOT NULL,
    "key" VARCHAR(100) NOT NULL,
    "operation" VARCHAR(64) NOT NULL,
    "request_digest" VARCHAR(64) NOT NULL,
    "result_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_identity_id_namespa_4006b0" UNIQUE ("namespace", "key")
);
COMMENT ON COLUMN "identity_idempotent_request"."namespace" IS 'whose key (models.keys)';
COMMENT ON COLUMN "identity_idempotent_request"."operation" IS 'the mutation: placeOrder';
COMMENT ON COLUMN "identity_idempotent_request"."result_id" IS 'the id of what the request created';
COMMENT ON TABLE "identity_idempotent_request" IS 'A creating request made with an idempotency key, kept in its caller''s namespace: the same';
        ALTER TABLE "ledger_account" ADD "external_id_namespace" VARCHAR(64);
        ALTER TABLE "ledger_transfer" ADD "namespace" VARCHAR(64) NOT NULL DEFAULT 'staff';
        COMMENT ON COLUMN ledger_account."external_id_namespace" IS 'whose external id: the namespace of the caller that opened it (models.keys)';
COMMENT ON COLUMN ledger_transfer."namespace" IS 'whose key: the caller''s or the domain''s namespace (models.keys)';

        -- the keys stored so far, each in the namespace that made it (transfers are otherwise
        -- immutable: the trigger is off for this one backfill)
        ALTER TABLE "ledger_transfer" DISABLE TRIGGER "ledger_transfer_immutable";
        UPDATE "ledger_transfer" AS t SET namespace = CASE
            WHEN t.idempotency_key LIKE 'wallet:%' THEN 'domain:wallet'
            WHEN t.idempotency_key LIKE 'cashout:%' THEN 'domain:cashout' END
        WHERE (t.idempotency_key LIKE 'wallet:%' OR t.idempotency_key LIKE 'cashout:%')
          AND EXISTS (SELECT 1 FROM ledger_account AS a
                      WHERE a.id IN (t.debit_account_id, t.credit_account_id)
                        AND a.code LIKE 'wallet\\_%');
        -- The ledger's own expiries: only the void of the pending its key names (a caller
        -- could post that key before, with another code, to stop the pending from expiring).
        UPDATE "ledger_transfer" SET namespace = 'domain:ledger'
        WHERE code = 'pending_expired' AND kind = 'void_pending'
          AND idempotency_key = 'ledger:expire:' || pending_id;
        UPDATE "ledger_transfer" AS t SET namespace = 'domain:demo'
        WHERE t.reference_type = 'demo' AND t.reference_id = t.idempotency_key
          AND EXISTS (SELECT 1 FROM ledger_account AS a
                      WHERE a.id = t.debit_account_id AND a.metadata @> '{"demo": true}');
        -- Who sent each key, as the audit log says: a partner's caller (its keys and its staff)
        -- or the platform's staff. Staff reach every account, so the accounts a transfer moved
        -- cannot say whose key it was; the first successful call with a key is its owner's.
        CREATE TEMP TABLE "_sent_keys" AS
            SELECT DISTINCT ON (e.operation = 'createAccounts', k.key)
                   e.operation = 'createAccounts' AS account, k.key,
                   CASE WHEN e.partner_id IS NULL THEN 'staff'
                        ELSE 'partner:' || e.partner_id END AS namespace
            FROM audit_entry AS e
            CROSS JOIN LATERAL (
                SELECT jsonb_path_query(e.input, '$.**.idempotencyKey') #>> '{}' AS key
                WHERE e.operation IN ('createTransfers', 'postPendingTransfer',
                                      'voidPendingTransfer')
                UNION ALL
                SELECT jsonb_path_query(e.input, '$.**.externalId') #>> '{}'
                WHERE e.operation = 'createAccounts') AS k
            WHERE k.key IS NOT NULL
            ORDER BY e.operation = 'createAccounts', k.key, (e.result ~ '^[A-Z]') DESC, e.id;
        UPDATE "ledger_transfer" AS t SET namespace = s.namespace
        FROM "_sent_keys" AS s
        WHERE t.namespace = 'staff' AND NOT s.account AND s.key = t.idempotency_key;
        -- Keys the audit log never saw (its row is written after the call): a partner's where it
        -- moved its own or its members' accounts, which only it and staff reach.
        UPDATE "ledger_transfer" AS t SET namespace = p.namespace
        FROM (SELECT a.id, coalesce(CASE WHEN a.owner ~ '^partner:[0-9]+$' THEN a.owner END,
                                    'partner:' || c.partner_id) AS namespace
              FROM ledger_account AS a
              LEFT JOIN identity_customer AS c ON a.owner = 'customer:' || c.id
              WHERE a.owner ~ '^partner:[0-9]+$' OR c.partner_id IS NOT NULL) AS p
        WHERE t.namespace = 'staff' AND p.id = t.debit_account_id
          AND NOT EXISTS (SELECT 1 FROM "_sent_keys" AS s
                          WHERE NOT s.account AND s.key = t.idempotency_key);
        ALTER TABLE "ledger_transfer" ENABLE TRIGGER "ledger_transfer_immutable";
        ALTER TABLE "ledger_transfer" ALTER COLUMN "namespace" DROP DEFAULT;
        UPDATE "ledger_account" AS a SET external_id_namespace = CASE
            WHEN a.external_id LIKE 'wallet-lot:%' THEN 'domain:wallet'
            WHEN a.external_id LIKE 'demo:%' AND a.metadata @> '{"demo": true}' THEN 'domain:demo'
            WHEN s.namespace IS NOT NULL THEN s.namespace
            WHEN a.owner ~ '^partner:[0-9]+$' THEN a.owner
            WHEN c.partner_id IS NOT NULL THEN 'partner:' || c.partner_id
            ELSE 'staff' END
        FROM ledger_account AS b
        LEFT JOIN identity_customer AS c ON b.owner = 'customer:' || c.id
        LEFT JOIN "_sent_keys" AS s ON s.account AND s.key = b.external_id
        WHERE b.id = a.id AND a.external_id IS NOT NULL;
        DROP TABLE "_sent_keys";
        ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_external_id_has_namespace"
            CHECK ((external_id IS NULL) = (external_id_namespace IS NULL));

        CREATE UNIQUE INDEX IF NOT EXISTS "uid_ledger_acco_externa_191672" ON "ledger_account" ("external_id_namespace", "external_id");
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_ledger_tran_namespa_10e9df" ON "ledger_transfer" ("namespace", "idempotency_key");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "uid_ledger_tran_namespa_10e9df";
        DROP INDEX IF EXISTS "uid_ledger_acco_externa_191672";
        ALTER TABLE "ledger_account" DROP CONSTRAINT IF EXISTS "ledger_account_external_id_has_namespace";
        ALTER TABLE "ledger_account" DROP COLUMN "external_id_namespace";
        ALTER TABLE "ledger_transfer" DROP COLUMN "namespace";
        DROP TABLE IF EXISTS "identity_idempotent_request";
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_ledger_acco_externa_18cd91" ON "ledger_account" ("external_id");
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_ledger_tran_idempot_3a4fee" ON "ledger_transfer" ("idempotency_key");"""


MODELS_STATE = (
    "eJztXftz2kjy/1em+GWdKjaVOI/dI1tbhW2SsHHAB2Qft95SBjSAzkLDScKE+97+79/uGU"
    "noiSWZx4B1P+zFknokumd6uj/Tj/+rzbjOTOd5czTiC8utNcj/1Sw6Y/CP+K06qdH5fH0D"
    "L7h0aIpnTaZPmK3R0LNDx7XpCIccU9NhcElnzsg25q7BLbhqLUwTL/IRPGhYk/WlhWX8Z8"
    "E0l0+YO2U23Pjzzxr75jLboqZm6Bp+oTOnI4YvCt2o/fUXXDAsnX1jjiTzPgzuwZ0RfLh8"
    "Zn6njQ1m6pEfLB8S1zV3NRfXLoxJ23Lfi2fxa4faiJuLmbV+fr5yp9wKCAz58yfMYjZ1Gb"
    "7BtRf48/HXefzyOSJ/6foR+ekhGp2N6cJ0Q+waautrNU3rdAdavzXQtFoBBo+4hcKBT3UE"
    "Ayb4Cd//4/z81asfzl+8evvjm9c//PDmxxc/1lGycC9564e/5cesuSWHEjxrf2h3BvhBHG"
    "aAnCB44W9BQ10qqYSE1twXwknw/3JK7XTu+8/H+A8/LM5/n9ubBOBfWEtgPWvLi6C2nFKX"
    "3MGghI+JtzoaZLRwXD6DabmkpsnEfMkhpRn9ppnMmrhT+PPt6w0C+LXZu/zY7J29ff0sKo"
    "WOd+dc3EJ5rPnPl8CxIgIICEpJwJvgGwSw1yUQYe7L8x9zcBeeymSvuBflr/j/Auz1n9/f"
    "/K7V9sLd8xcvcnAXnsrkrrgX5W7m9pCX3ZkD7Gh2b0m9cIcR/9OJocObp4wE349aBy+MUM"
    "/Y8E/QRnwOn64TwyVn3g5/x1bOMzWUUHgzLyc8xUWmkkZyVo7LZhqIvwivo1RbYfVhrZ8I"
    "o//xNgef//E2k814K8plnQ0N19FmsOdrFnc19m3EmK6NbKbD9RSLk3OTUSud+Q8PFhPIEE"
    "bb1X4RXNmBVDaZl93uNY48c5z/mNLejBmbnS+fL1qwHISU4CHDjdigIZtT8i3BT8nmgrJ5"
    "eLBKNoVlo5nGzHCL+WVxyoc9tG1x/cWudNQePbSQBEywLtJ84o2rICCqZnuB2e4pdrDNdP"
    "yYQvM9SVvN+HIz3uckd9zUiZ9DCAFpJYOSWsfbRksthRTiSg6PlEOJxZCkraRQTgr3zHbw"
    "QwuxP0SkLN9rDoOxrREDds+GzPahCpM6LmH3zMoLix5ELDPmUkSyk3L5pd/tpEslTBMTi2"
    "6MXPI/YhrOzsRT+2m8sEbIfDJcGKZrWM5zfO3PuwL9NvAYeRSxm3z/+exz8/e4a3153b0Q"
    "LANdMrHFKGKAi6S+QpZpNMVbuII7rjFjmdoqRBkXjUf63P+HOqcL+VUX/EC9a5mrmoRWNo"
    "hm0P7c6g+an28i8rlqDlp451xcXcWunsXhkGAQ8lt78JHgn+Rf3U4rLsbgucG/avhNdOFy"
    "8JyXGtVDKJB/1edaROqR8728EFaESOXzo7JoYR4Q62U2iPVSgFh4Tjq+Sz2rkwxMsvw9t5"
    "kxsT6xlWB8G76RWqkwugc9XwcDHRnD//bnlH91PV9tugwOl6NTDX4//GomfcAeTP1e+xJ2"
    "FmT0kI7ultTWtQjH8Q4/57ErwbPRWyHx8DTExKPqWmzA4T89ZlI33UrwhcPz7EaK4eZZgh"
    "Fcnp3PYrycUYtOxFficEgcDXtoCUskOyyi5VsqeWMjtMC2eTBCojYAe4gv3CH/1iDcYsTm"
    "SzIHU8kbioym1JoAnbSgmB65uTRApguXTOjceR63pbY8dGrEhv+D5dz3zb1EjEYVjqFkOE"
    "Ygr0IyCFPtz/U4EWEcPxp4soI4LkDw5MRwvJjg6YriyGDBUxREhXcUhp5Uwjd8nmwEOKJW"
    "dP61FqWr1lnpdQYfYDnjDIxpkwRihJUIColgA/oUyjJ4JPwUym04MkHkxZ+iaiADgEqb7l"
    "vg7iA01ImyN7bGdwvwFUSwPGw1Bbtao64PolZrpPdhuKppEeo4TOJDBAw9wpcWAZG6DR86"
    "cgi1dOJzzSEWu2c2mRnfiLvkRL4sBa3a6sgpYFVeSOqwOSoKhclu54ShvgF/Uj9dYn/Mzp"
    "Uw8XJDwsTLZMIELp4i/PWfV5m/NWeGiQ6O66kG26AwwpwDW+uEWa69imuWPOx/dZ6D+6/O"
    "M5mPtyrX7WkeVSes2GxTIGHfpsWfe5TvPz18end6tu3fu7SWbiQ6GNisKWZT/JE89pMHOm"
    "phszrfwR9Y165I4KLEGySwbt6JSCn/L7SHmDlGgpVDjNlsIT4i/cxvK6M+woJSy5uuzvlq"
    "YkKkGwItazFLuHrR4z6feI9JqiEYv4hpcNPqXLU7Hxr+tL+1brr9QesKLgg0+tb6tdu+wr"
    "/vuaHj363fb9o9vMC+zQ1b4tWHspPDGZL4MU4J2yFKuQXbQa0U7iOxFHKBvjAUN+/Bzhuu"
    "CivKJG0pXalYWI8SwGOItfuFxxQTRl50LDkVtwCQ5YEq/Ri3PQCVBzUhdghTPsqY3mRFFz"
    "Kfi5nNIPG1pUpm/J7NwOtHa/crnaEz9JWMbT4D21cEZwTxbC6HS/Jw2r+WtJ63PXhqzFyk"
    "8gSYIbM5d5k1Wol0+2R1I5sBbzDeSs5oFHtwBcsh1cmfMg5Fi54D+Pe8TNn0m77r4tdVqo"
    "L0lDPeS1U6eXx1k33BebK8CUz9RqiKyXcO4bb4W+czkAf8va53omBJk/gqLiCpFFKV5VUS"
    "3t5JPSAbA1EdV9ONCXMKAd1JyhPk+fanudwDi20Ga5oqOKJ8HNhp1s1bCRU/4xZbCWOrFP"
    "yy/WmOtfzKomU+rdKc77c7H65b2s3HZr/VIA7w2mTafEoddmulY2ja+jIHvRncQzxtfQ9R"
    "tXAI7uGRNES5+MLVHAYv1lNOW7Kx6CTlCWEs5y9f//D6x1dvXwdqK7iySVslNVPSO8m/B8"
    "cpT6+k2/Z1U8T3K8XtqnxepvpIls+ragBUNQAOvl8/yeORVNiqaBqKVkXIbzNJrrQ00qgr"
    "YZQWRlUQYy/OQwgcLzTbo3Qn5DUc9mS2KkiyzYIkmcp9Cww+vbDEOIfTNrQcjI5aJRWnc3"
    "A61ZDLwerMNPIqhiPB4+iGta8KRv5bM6ITi9cySondPQ15Fa5rNDcG/I5ZtbSaRv69+qbQ"
    "DENnlmu4K43ODc0Nnt9qv6eqRpAqRledVDlah8rRmttsbHwrwuE1hco8rjlTzN90OXGZaR"
    "KhQxxC59Qu1QtrB0dD+EXalDrTIsyPUp1czuc+D1PTGbz/A1TYBo2C4DiSYISSwxy/CPPh"
    "J/RRZQ1sR8VI9jsEDL93pHnTxjgyh8zoilg8p5o5Mcy8OhrJWHynlXMaQYOp42oLp5Tc47"
    "RHs/af5JmYze7B/Cgj5yhlJWWVpey4dDwufOgQpqqO1rZ15iC4ugUMsY/jfHFO+tQhPAMj"
    "GOJls3/ZvGodqkbSBbXuNvQ+D9+u58LEhkBRqA16rRm0g/7OIUgeZA4NV6Q/ZUNKZBHu+r"
    "r60ZSbungev/cdGYHL+T1fwI0JJxwMGXCp4xburt5za90z2wB261hHfEM58KDptVcPHN9Y"
    "FQNXR9PVNwB9UlgJAWxoEusTKA1DtXuiaNj5a6IbE69HZ+HslTy++nm2r36e8NXlotOKgq"
    "sxMpUZr1KikK+9ShjOMdLKclbZcg6ElZa7n72qYmR7RB6Lwo7LKSfBVmy4dUIdkUJDF5h5"
    "bPKJTJP0siidBhE2WeMnQ/+5jN7bPhpcIVTZrD9dhCpmFhaI4o0SVn7ttvxan7FbcG0vQ0"
    "MdmShyxyBFp2FR5zbEdnCuNHSuUpZBgbJ/lzBMd3GMk39jhMuuAIBghqZ4/+HZm8P1D6+b"
    "PG7/HHZhbklnOyhifMaXIDTy1R9M7M9fn2H5UpvDxq2jt04JHpXjc9zGv3Gbn8PEGHN7ll"
    "I8eZdvqmJ3FFby9Q0u/YwPDbOQg7mmUDe0ofbiH9/8/5Wxal++zHPy/jL75P1l3KpVP0aq"
    "qKehkvd+XOn4eNO4N/QFNYt6d9Qia2JUxpSYbAL/9HT7GSUjPptTa1Wq7M0OIk5m1DCLTP"
    "yA4PTSj8/f5HGW4ansqf8m4S5bwhCkZsFUrxjZVpi9E03+8sX3ApUl/heT9pUoXBxeCXXQ"
    "2BmP+etBjW3ApNZkASZoWWUVpt+jwhrToorqfRMHurVanQZhpaLf8pTbz662XxXbr2AlGM"
    "JzW4rnZ0boFM7PrAlXzHPOZKG8GcPjW/DRDCc46yWG806MTsZe1TzffftONNHJuUBVwKW8"
    "H7sFWOpmPdLTk2XuxK/ISiic+LWWWzgk4pHgViwe48jUbSbAFYnw8uKWH4kCelOmvw5CP0"
    "VmuXyuLeaP5NWAz7/MT5VDOoON1XjsuruSo5wqkyroPQ+XuK0z+5Es6uIYp8SgkvnNSzyE"
    "T6uWWjix+bdgJCVMme1wtMQBjr/TbTjHCW2GBY5ztFAiV5Xk/PQOSk41Cbckllkl2+6FzV"
    "V4VYWDbQMHUyjxVzWpH4mUc0W3VnmeT0XSVZ7nU5ByFRWr2ulDFRVbK3B48Mio2F1GfLb9"
    "pkpuT3b6qaVABsmH6rlAg6Bjk6vZIcI8SaBoZGM7Zo+OzKjOvJBNi4Q6QWEdkzr8Z+4Swx"
    "JZmkFfrKAPluyX5XihZPE00N286daCxwmdwKyAcZwlsx2ynFJXPDA2bHiR/0LPoSBnXz12"
    "+/x7Hnr712c52+SltcarsBQlsZSn0q9OxT50BXvPnW6/uZ2U6uNzZIgHE+flcYRIZU6LAA"
    "VsfYp/NzDsYMSCo5zDT+2q2d/eGe7A95ZpTb4mU9k1EfPd0DGONDBhYsZLzpl/mJaAFdT7"
    "RKDehMN6GJ/KD6hL8aRCsXY5/KdQjF8Op8ki3J5Qy3DEvgSrlKKn4rIJTkhHujQtlw2p3Q"
    "D3BUPknHX+G1b+EKlu6wA7JyV5bjfvqE6Dj9iDKeq8nKhZUSV0lbEsPrfwx3cGDQLKYDSl"
    "lntrfewOWtcNMuUuM2+tZrt33e60GoQatmlY7NZqd/pfeq0eKBjLWdjMvrX6zetWX2t+aO"
    "FADjXxnA5+IIx10ex80i56zc7lx4Yo86UNbeDWtIylvv2zfgO+c+Qa92k9HTg3GbUylFiY"
    "LibfIRDuSsC+gtvvccVFt3sdMTou2jFF1fny+aIFvBesh4cMtzIFK1MwrymYPNXYUri5Mo"
    "eGSmRUxOG3RzLZs6Q/SWDuyBZbvtyH9IqqRZhUpJjq3irRu2J6BbU0YG7J2ls441YE1NBo"
    "6pXTRO9i/ZTfKVjR2imhCZnt+HnTNb/vp3nIc64SKgGrvAL/dWIaMwPPlrC5CJ5MjTgocn"
    "IG/A/QVnl69QzdtSV1yATMCiu1bMp2R698vsrnOz7FXbU52labI9F/RKEmR/A9haOuwzRV"
    "zPWD5yRyf0gyGHvXpzN4TRH3uIyRS/4HG5Czs3OS2k/jhTUSe9hwYZiuYTnP8X0/13ZrFK"
    "axGzkUcbZ8Np99bv4el8Dldfci7kXhABcZznCxErBRKqUVjqj3OnK58HnAuXEWohasGqe0"
    "FRSRzfrTgiKqyPSnGLNcRaY/BSkfsLCOclpbhbj0Q1TFUU0Qeypps0ssrQ+ialuX8EctBU"
    "sL3a3nwtIcINAMC1jikeQA07jFvkf9SpCIOMzrDPS535Ax4BS8V3RiwaREF7BO7qmJMVIw"
    "qeoewAkOr+0Soa1T8LTtv6CC1BRWWvUNkNrhqw8nVdbhgIftl5vEFVYY3IkQqeznKoPvUN"
    "dls3la3aBMPRIm2Z8V9GK32uT85esfXv/46u3rQIkEVzbpjipc4Yk6EVVVgich5pKwzzEi"
    "PjW0uBFslW026lii3WYiUSZnqsCxC16RUPR1AEiaHxWODsnjRom2tQuneFOXKSc4Ixx/Qo"
    "joD8dZcltvxAONxFvqJBYicvbV+7eXCJvR02X7L6qcqiN1qvbcckExEeyj40IVB7LL2H9f"
    "bxV2XBOEFcfzcdzmWSDMw9kWPu0eu1HIGDtu1wraZt3fOpg9IRqe3VrNq8/tToNQfWZYt1"
    "b3ptVrDrp42xsdcyguP2nd9+/bly3MoRjdaXw8Nkbs1up/ubnp9jDnYjGfc1Uieaqsij1n"
    "VWzu5pJ1mH0kHVxEEAkuDrAN/Y/24uMNx7M78VVoR5br8PJjjgXwY+b8/zE+/cdgxYDH6J"
    "15FAHjUiiVxeRqS5tbk8C4FwY/JTZ4YEVM1K0hdSYf4ZH9AhylFJvzgbiOGO3RePlPEsWp"
    "MNnsRXW6cVun30BpH3k5TzZE5IRkuKfoklhB9EcmCzbnxgCHOUKlmitV0Gb3BlvC3rL33i"
    "17mtkI7NL53Ob3TJeHCf9mI7dAOPdBUgIv6WIydVsCV0zrxBG6Xd+EwFvcNcYrEC4+rwU4"
    "Za6aMOJpAX2DnUlN0v88uCEj6o6mDNk4Ygay9Exn98zk8xmGIWGdFpc5rvOsjlFIBlyxbX"
    "wstSDM1l9QIe5HirjjRNDGNp8VAQIiRKfX5nsXyDvYqWC5gnHrpGVTDdi3jNkep1MZF64N"
    "QKEwS+gMBgYKKBJjboDycOrYynhGv3cYmBj5a89tckZavw8ifkgiuyrwRa67nQ/+4/GUq1"
    "iy22KIW1QR+YRITmAh7JvhM5jXsA0XbAAepdpbMOWe1M+rXMckrzYck7xKHpNMwctPrZGS"
    "PbNDJNXMLjyzh1xPSdHM5rb/fMXqwqxGF9Yx/ptylJFdxjVEonIiT+1ihSUa+VjY6p7eQ/"
    "Pbt9EPg5z7by+VKBchrRBV1RFVRYLipN/dn0nmpTrleLOe3yV3vMerhphPz+mtcnd2mrvj"
    "gplTyMn1nlfZuVXW/KkON6uteK9bsQC/P0tbNG03jtzPsyELNFqbhSgeBMm7FpMgdh1NYe"
    "zrLhIX0EoGSsuhsgiQ3/0AtnxHHDwIGFvk7dKxy2xkhoMpvNSSVWfeJdDynb3p1sJ+VKLV"
    "Dg4mCEVfKndhU1Fr6xmZ0Tsw//3+VB5sP2RkaRuuyyyRWJwTf/8Ta1O6CyEAsCbg7p/xHm"
    "f+5fWDFihmzcv3QzXxV2XQKGnQHLIzkkox87uIMD5oI8uHj2pPdbKnHZ0UmeNRKnVhtRrq"
    "1hVsHkxuKkFh5ymFzYCT4ORYiWOs4wkb3p/SycPlbB4nfacZ5rsV4nCY5gQ5vIOqllkHfd"
    "k8PshB395YvJNDJ/XPQE4IBlgb7WVSodbUe9wp4dEF86dB7v3yn19aX1pXDSKpb62+7CAj"
    "Wse8b7av8Z7MioB7n9o3N3jBuTPm89zHJTtOdqpqrmw7kwOrbDLb5ikRwtnqJkqlroWorM"
    "qpkMfsGX5ayGNko8HW8MVFHiKrkqVUTpaKY34F5ZxCfjTyrjU9qyIItTAcieFisCu65wi5"
    "ev2WEHtFnNdAN90lIWPmSU0XZslfXqYSVpT0eKbJbz5Y4ywZmxM0JMiE3ovp4HJCyZLbd8"
    "x+R4Ymte7kAYAA/uWyeHqTZGRSEGApSyFCeWRTxJ8IMCn4nTc5QJ3o72Qql3eTmtxi3uGS"
    "POzhC3fEZ/ANIukCQUHkAsyzucMcfzqR5RScHHIWvEQ3mP7sacwtRU5CmwvdcFuWa6e2Dw"
    "vdrW86BaX4nMaCB3cZkPRnTRw+hk/7grZf4YvRTED/anUCqOwJYHHNemy+Vy04Ilk3qnNc"
    "mKdP0eoKVnFe+DogUBlcle0zGz8Z+s91Emqm6F15/jyRzHiY4wPBTC270fcGEWjH0OK7bC"
    "Dh9pFSwbKiVeuiVCfI6J2c1px+uYxwR2UM27ImdWKMwche5VQrBwl/iNhneZdAhOgEV8BO"
    "unga1nyRYkZltzoMCNTodIivLdrpUNZKsyeLmczTddjIZq5DZtS524JhtZMmiHALf1qB5b"
    "CmUHktCFk4i9GIOQ7BLxThoIgDeK3dxWEVXPR74iixavSF1DTarMiBZoxK5SS8vR5rKoJs"
    "/MaGU87vmh5gmYJuxJ6ob0I42D0qF20pSbQQDJov0vvjYHDjg6cYaU0JvMK4Z/aq4RUxmf"
    "gbuyPjrtGPwNJJKeVPtjFglfl1pDAJs/Q5h08qbOXGCHelr05VIqHjxcVsmFbJLZPza4Jq"
    "k0jhp4zcCtrk5WRqjEphr+1gjB3BL59wOyOx4uGQujC90lYnboZaf9AcfOk3yNR155qcHb"
    "cWIpXdL4OGaFfIF+6t1Wu9/9LHgDqbjTHRCZ65BirXhKevOvAv3YJ/XVx3Lz+1rrTm1VWv"
    "1YerQ69erheRf2t1WoPfur1P8L3MxeOrUtbs1uEmYXsznaXtDZuqkEfo9liF/DARLVusQl"
    "75DlUbuio2b3uxeb4XU9i8jRGe0pI6bOVin7FJcRQuXex53FehEY9MIn/70+6BOsSx2ahU"
    "m2tPCpcL2+GpHdqiD9QL4CKjNcmDsMhHvoRbEhbUDWfu1W6ditpQVPfDiIb8GzkzXGLC+I"
    "5oBIOBQyB+JOc2wawxUZvRcJ2UJm07e8sjAJTD9rBSKNv5VZ7Mw1fZqYevvNzDDWgJzs/i"
    "UEmI6mRyVQ6xixxUwQXbTLaKC+9EuZVceEPMWecDB8DQSQyT9HG4BvHsVBGHXffxW/ibum"
    "QGVpWMz/ZOU8bwE1fpUPBWR09Ra3/GocNgefxVQcaqLL1TUYIl0B+T6RNma3Q04gv4YvHd"
    "z41ihSX3DCEjPFW66V9AvMeEvzmoAGRjQdHctDpX7c6HBvHob62r1nX711YPAbhAJcWzXt"
    "WA0qoc1y0DOoG8S0A6cdqjSaN4kgl4FXSXvahOF7pT/WT66UF3PmO3B921QiMemUTyQnex"
    "2agidBdIIduzDQsqt2cbni8Pe7a/gX/I1l3fyJLCWARLQnqmuPMdGU2pNWEOuen2B0x/Tr"
    "C/CnZ6BUF5gZp+9rHjwpTUGymttXb2olsLLulM9IAK8qPhafte9rCTZFjfEgOovsq/NYea"
    "7ldy9tXjt2Thc4+FztdHo4OVr3xIX3lhp3TSzYZmvcdVjo4oic2ev8hbinJjLcpEsG1oFR"
    "VhdIzsBBm+/SSvqiX9noNBKr8ne66frt9zwLQz5aSsgtdziFbLqgkir7PzyH7Ju/R1rnmq"
    "f4OXN/o0S2rCT9BMntONaRIHrA4mkygkMSYogY9guA24JI8XfFdD1j2Z0ZXwJSacWGxCca"
    "98TpoetQgu4FYiv2l3b7q15tTQCfzkd0Q0257Y4CLhe+bg1XD8pdT0XoRuEMVH8Tb6UHxp"
    "1cnScKdY34d9mxt25klg5cKoov42uTDZWf0Pny0dQ25/7abZvmoQnPK31k2v+7k7aHc7ze"
    "tGeLarcYZ0al0NaqHeHg1PCYnSFg2hgLwkT6F9vhOdQcqJIVeO59sNOZ5vE26nUGzMKVPj"
    "LUJ5NAdPtbDqB3WPG4WZUx5HYpznOouS4itV3C9CeTyCD6oMyc2c/JsPsczf3E3BVk9f/p"
    "VPnq12T9cn95yAooZohKzyyEvHN/mxWEX5H6XbjgCeiEewARCRs3obh8DBQEe2CvLCIZH1"
    "XxgNCR1yYLybhuBKSvjYhUf8/lOPmVkljjyO93EghKFOiOl/J1GjhOZIcq1rsQGH/+Scqs"
    "31OEelMPLO1KimzDNVHwXGiXlYS4Hj5I16DkDOCZ7MAcnN6WoWVC33wbI6dp+UnSbhT1t6"
    "mO8EiCWWmig15FU/EQECRLfZUoyRjJzf0TvyFLCNaJmQlfmX6GgZ+rsC2NQE2E4M1Sl5YL"
    "0TnIbO0tX/RqsxoKlM9tImO3abLGm1J0hVFoMoUZc4aWHBbrCUyVQ5gcuDiKqCNLIFcrqQ"
    "BtarAaaWEXuM9GigzCeZPFFBVxV2opIY9o2dVKhJXtRky+69YFiWi+9zM5+bL6CvXL5+Nl"
    "9SM9Hl6HKOgQNeJaErpUfrG5zmyrE7lGNnU8sZl4hPjRFWIigtAk9TFeL+mqZifGnGh7eL"
    "/KwPU1XM35YlHeD/jzSkgxOHIxNCXjs6PPsiZvRls3/ZvGrV4qplCzz1gqpPlKNrVapUgL"
    "vnEabl8Aa+4oPm9to/zXOsNlo4Lp+JYy0/GtwSZaMkICrPuWy+xCBxecY1upNx6NzWsZMA"
    "Xgwi18VMddKO1nb2niooXWHlv8n8l4Ivcmy2pthjnaN2r1fblRx2HGtenQpks/50TwV8TV"
    "vYyI0RVrF2u6lzGbHUHglrnpaVlnTUtoH6nhKDNsXJ+cs3ybKCgXKXoYGOarnntf5jii7d"
    "pdqeVT/g8y/zWopRL2/kseldPl/M85n0WP/Vj1xwpzZfTKaEkiG17sgEBLmkK7C8XQ7XQi"
    "a5fE16MdnHDJaK2MfYb+hsNucus0Yr7IssY9680fG+zcbMZjhj47j+n17LH/GmuV4FyR1+"
    "H9xk8IdkWiYRNUSudC5qv/m52WkQh4JCuLU+t66vm4MGmTH4kJzJVjuvY3qyBy8124BRiO"
    "jzilX6c/L7YBV/FykGTv6Sv4u0srK79IU9t7CgP1y77LXAL7oKCpBjy62rdq91OZBdt3TD"
    "ZiNx/ddWr/3+D1Ef+J7ZxnglKgRf4uP+ALohnrxsdi5haYmLyCDYchJVg2+t1u83bVFZ2M"
    "vcxDfDO7xuX/AKR5XawgLlKuyyhakU7ncnIizFt4IVgQAfn3+/mKNl4fjdysnZd3CVwFWs"
    "rAd3vnum8uKNGy2pqzjLqEiQKr2fidQH02B+An+dyDeSOYgz7HQo0bnZ5XesUFf5gGCPer"
    "SoAu2jLfEdrhv41jr5LGwJ+LvHxu1S+us8byW/TYX84qz3FXmS+9nd5sM0R9xwfinqkYqV"
    "4i0I8IKwXii23VjYII8ZOEBcrxPPMM4lsw0i2lEPet/TKrB+IkSl1tAe9yD0XGHdeAos+H"
    "QsfBSO+D/zFxwssM5iFlpxfWqynk/W1vPuUXvQe/BYIbkFBOrqvbIHKbvg7whhIJM67usi"
    "TI5SqcvpGn4jOEwLm+jGRNQAG3s5jzYoLYuD2WZNyIzbiRpmeSSSp45pdhnTRBVTTMREaE"
    "4r48imEKtuOcsvlfIwqTFDUfg/gzhYZgk3G1Fv6SzQVO8Ni5pNQfmsTkZThs2KCZ2AiIio"
    "ByMcLGMkIHQ8dbcZiDS3O3QQq1t+MqJ8JQSfQqyy4JcY++DvWcT/eJWlg073wmYZbduzlW"
    "ScTl01WXJD2n4dZ59lNqMOL+TuJClPjt2vcu3/rzbs/69S9n+BPGmlQ6fT6RVWQEoeLlSx"
    "LU87tiV0yldQ6lHKSuqqSN3nUUjsiVCQEZ/N8Xy+1GqP0VaZzuoIWvXYtUOvaBVyNLKjig"
    "qnFDwmrkiNNfaoyKJiOc+yiVTKIigQ/ibii1o40AmxfKdZzyGOZcVrBfzMF7Qlmw+L5/M1"
    "Bv8m+5bJ+vuB/0+HfOES6p2c1gkVhcam8A0gVf0dsfAw22t5pmc0Bd/WyFXGhcKqvE6ecB"
    "uAQfdTq9OQx6QYInJ9fdG8/NQIwFI/wMSPLgnCQYJokFur3fnnl3YPHjGs/ywMe+WHn/jB"
    "J35QiR9TUuoEaPupHgUxN/WxtvB5HbWcJSoh76MPj785i9mM2oXCPkIkCjNdoM54miBD6D"
    "AWRzKf6XUytA02ztsxICqCN7kwuTcbMLk3SUyuuDdYef9qOYV5MB8wTDSwo4qXIAyRVf7g"
    "tvxBydYteINB8sORSSGvKxiZfzlSTPaWZH7FYIEaqQ6OfyuPd6OHns2RZy58DY8G/n9kUl"
    "uGaKfljrwLAn0Jh0lUh/+SMZ5nE/gsm99TMy3FfBevyJPAIpJWNqSm+BWpKo9IPY/ogHWb"
    "dxgw4k1+nO2haOPS3bd2EU916jkoORl9kLNTVJRlcQCfVuk1gElXbZlzZcRTsG6tPmy+Pb"
    "zgUB2/9tYatH5piisu+zcVV/qtm+ZHeILN6fTW+tTqf2zCbP4XDHrHnCm9p/Z/ceRm/xPm"
    "es3AW8Jkr17rPVLZ8J1AddPtD7SLZudTg6BJrCHr8O3h9LCbZq/fxr/n1HYMeaXf7H1oin"
    "aGDrUnFNNYPnwctOCz4Uf/2oaH2WTqMvh6sJnvDaDptztNGBK2L/j3x+bHXgP7ik7tW6v5"
    "R7Nz1YJvoivw5Rh81VXrjwYoCIF99JuCMWCrU8GZT8CF980evuIO+DCmthi92fvc/AMHge"
    "+Z0RWO8knw4zN8Ol6/ExyZwffjvUG332ppg2bz164AYxwGGyil9xKqLhzNcZ4nmOM8O5bj"
    "PK56PBOBgR2VEjqDDmS6+onTbXIjFVoMYkOgsoXFjFtstY4WNCyB9/q2Uj7xbBAHuospcc"
    "l3MJwGmmVYrNxLCqnSWsfisDpMw2F6g4CJ3277sbSIoozo3HDhLRhMS5w5HTEHm2Pq1Jmy"
    "vJvFjkGtgN8FraI4ndJCCs491sH/4C0gCxxy5q1w53n4Jz3DRswwBZltjIh/g8g5Kc5S8P"
    "wExWwyquOt/zKbKyLSI8wxjSijAoK9al1eN0Wupz8C7H6/NduDducDEF12O1da8+am1/0V"
    "+wLTJTVcFLDDQCS65jt9QCOewXHkNZk0+kuQrPpvkaqqyk4mf6k2LLRgY2RKr1ff1xY9hV"
    "FjwqQcj8VfaiyxsWGDbefNlUL7W5JS5fQp1fgeWbjFGJ9CWnE+P+d9HVhQ68TIKo6X4HhW"
    "vP+AfcvATFJIFeb8VoIeW78PIkdbidTY4Hjrutv54D8ez5dNC/8HNj4yASA5gsIpALV1zV"
    "UPLVcZ1aoyArIFcrqnwxEjqozwUweoosRVjhIH/8Uo1/YsSnk0Uq750xMdoGIu6CnJvcoO"
    "UC0apMoOCK2xnWcHFIoKCXsPIwY/KmXJeJR+fdiHMwq8AJHeekQl9ON2kgqKx9D4fMgOpQ"
    "lxKm9EjRaS18ORNYMp1rERBMSYwdcSGsTALENnOwKpXteBcDkZ4qO/3LQ+1MlN5wPuLL+x"
    "4U0ysGYnb6hyCBRW+HWSHTEDH+Uyy5WMTMhhU8B5lE5l0Lls3YGt4/se09Lmu0Xt1UZOpz"
    "B5uHLlWeORsXnTJPZKmwXmK3Dzot1p9v5IR3suUkqhXfwxaDXj6LLx35Tpnd0fzHtcZcty"
    "Lf7cuub85esfXv/46u3rQMUEVzZplpRat1N6/uZtIYw+oDhBTbF9hLgCv7JZf7rgl28xFj"
    "WJonRVo5fdNHpJumsJySXFVrBXRyhi/6gEltdljs7UXXfquKTOtLtI9ef8W/UcjtwIntX4"
    "okDWN7pOOvxwaj4nbYwYkxX/DIdM4cPJcAWOFPaywfAi//yIjG0+i7bFE0F9JnfR+YIbCV"
    "dud6+6teZ0BT/ZIbBaMGx0QuhoJEYOaG0GE89xCbfeib+nHN4H70WliO4jFiUMwrOwNjgG"
    "zt1a9xwhW3lbHMyiIxkO41o4bKu5Gth/JEbmfXrVX+TQ6re+wTWtUgr2LYujDjQM1nStoD"
    "B6rX9+ActNhgN6Y6THDfZbHUwzAG8c4/rbIqbfSI0njLeuyCnrHVcVONH0qKCbgarJUevt"
    "pmiIVZRO6UIDfN2mhxiuSEQQxY4X2BzY5BMvKBtrdzDbaRDlI0GDoPE5GCXGtyKCSyHdo+"
    "xag4vvL7tFJYjCMlCjm/LUCI1C8fVYOxzj4YNYebAUQ7WMsQfCN9+giyrhgwOuoLiBkbOk"
    "6LID7EIkSi+3FexDrmsKecD6EvXexVbzjoASdFdSHpg5DeKyeM5Qr33H4aHPUD4GL41aab"
    "tPNKWIO2P4K8SFoDS8ypahSH0sLbE0aoUjJpX0mEL188GVLi+LNOpKFmVlIS1/+NTSQd1R"
    "WnU3H2WDuiVkpZVqe5RGq64IwsXU0roeeWDl4W1o/MbCDSQiRMchBGF/eWXtZAXOx0li+6"
    "ZwBPJMCGPzmWKctjpVPKZTRZvdG2xZUvAR0qMJsH6SYfSIS5aQcYiskq/a8gV/v9QyjlIe"
    "jZRr4lCS2x6wEQadHo9mHJv0hVHkncEWdvVSiFXGSRR39YbUHU1LyGBNVbnZpbNCq5yhQ4"
    "sgMAqHq8JSSNIqvBTkoVZKqh5RL3O6Suraa1JX1s68BR5fwHDN9WgnyuYUiyQHq0PqYwuc"
    "7uOB8xcn13Q+Fo2Tl/9JRZxrpoMJswXG3whc7MIfTQnW72CGr+293aaGFoyKDXM/JTI2Jp"
    "wHo2M95DyYGw9HyGLs7fciuBSxBy/iVIZ/+sGe9XVXo4nNF/Pv16Gr4Aoi0s2+wTtMLIPJ"
    "HUZsvkzE0+3qPbfW2R2buxjgsrQN12VWnTgcsyj50jI5BUfVXGK468S4ZzIIxgEWE5Gv86"
    "xKl1Tf1s2OScVZoYk/EkLYVBguRKRyNF3J9KedxMxl5kpmH6NmZ0oqxWXv3AjUpVAyoDwY"
    "VvIVylfq1OeYcYCK67ncRPCxxyNeO6mjlW70ZnvhxxCeXVQnbS2t0uUuNYup94BEZYZisy"
    "z/dFpGODl1YlhE+TD4Kg0zWyCne2DqLIYztOtKHbXEaI/nsCWarwWuOdi4xR1P1eWfedZS"
    "IBE0pB+8zMBHNvYNJSMqMRce7QvvtKlv19aFy5TwXOWN+iafdWiYGDKt8eDRHL2uQs2mBB"
    "1uZZTMba4vRu47ERsPfiGmPuLyMfkI/EvsuygedsR9cJJnTGx7Ngh4mbLt7eo9txa2K8C0"
    "Skt3npOvc2YbXP/qj+LVvfc2ZxHGJE5d5WPk7AWwn1tMXlwxN6//mki59DMxqz5aytg52W"
    "7u3DbSwic3Rnb7JEobosLixMntTfAgTclbZWQEW4lMnRCrKnciy2HM09XIzEAiHk7SDIiV"
    "95U92YBaFN9cRjw7Tqw8wnTZoGOGt2XUCgom6MVx0/zjs8iLjY94azUvB+1fW3Bn5Br3LJ"
    "4Te2v1v/RvWp0rvOQsHEyMwauXzc5l61o8OEJ+mSXzZ8/zRDOfZ0cznyeimYXRCL8uRTNy"
    "bjJqZSSlh8jiJbyAblciDq7suYRXt3sdMfQv2nEg6cvnixasMMF5eMhwM/Sb1NEF4KU1wf"
    "52oRclNFrcznpHXpAhG3Obic1I1LAutPFsDYKS36OBSrIL+75x2qPxfZ9kOCmo1im3S0Ac"
    "EcKjkTHiG97yGi1sGw8E7YWFjo+ctg4swAm1yFmwAH1nqu4XqAHmL2ZiPOmZBXuWNEaeNQ"
    "ijo6nvOsEdBx5aTmFnCLlZM265U7gxdpnMkxdHh69ewvtg4aykNYp/Pg3YJWVGFtb6CTqV"
    "Y8pkCrCYIcJ5l7OOYvZQaFkdTPHDrC2p9j3K41EISCKqVXCLaXw8fnoLTmBETqm8oBDhXi"
    "S+BQxmjXBb7JvrL0LDIfqCvRPjSc9S4F1GznOpU5oO6JYtbJaZwLwhwiFBqW7aZskghze5"
    "ghzebAhyeJMMcpCOcMGqQBGik+PzDjo6Sn6VaCUUJjyafe1JOjMWd40RK246JuhUNx1hr1"
    "qbj76jIn8FOXPAgHThVSZ6LJ73ghTPRGMHMHUOY1rabIacsB3NSY3o2pAtEidUF9bxv5XM"
    "OfLRP1ELyWtOHQezGC2dTOE/+VHNbRdv993WUuENUdpKK6qsFQP4vEwAU4y2krTSkq4C1Z"
    "5goNpirpeUepSykroqUk9Z7N7XVynQCgVeeBEJxcsfRugqAVQpzseR4uzN2y2w92Y90oly"
    "N7rGC2d+RsoZiljOFBVTILZYBMXerGN8ToTru48w9nmWFWgc4mnOeONwqFW+PjIecoCnzV"
    "7Em4waifVvqWObF5Fnis45+SqebPwk/u/nxk9ylJ+/JnuB7ugdqZ1bJAu8nU/ibSIgOHzd"
    "KzSopbV1qUKF1QwVPoYYrSPKATzdrjdKTuwQLIp6TSvYIiVCtJ2zuF3olNpaj0v9/Z2DDV"
    "IaJF2L58SlY0HVuZLA325IAn+b1TilqFRiZKXkssczHdkSJdm/pk4MkQDEbIdbYlMuJZhd"
    "ZOfjx5SAnUJkJ4g5HS/GlBYahAljmr5ISwPaFOweJVQ73L0mUuak/YsnpBZ3CZjwxj1mlq"
    "wbGEqjWEYDNLxIUPyRxFkyNvfKvBguQeeDnMlsvOczat95Zr+kfJZv8e4nsl7+gJI1oSOk"
    "1bnQESzj4hFdCcKTCzTaSUBX2JnNb79HXOPKgt8SKBzkeD8SsgzSyo9MCHkBy/DsU6tQnY"
    "cVpxWpW8PID4NvIfT6Yditz2fMnYqGx0FCPuYhSiugLiL1iUh2DirYiHxi72UyRTWJtG1v"
    "2Kp2nMLqqL4BKcP/B1uwyC4cIlE5S7vkDnyeawc+37ADnyd3YMEyVsjWCZFUXM7H5SdQIE"
    "LWGjgT+UEjGDeUKZTTlauKQuxISOAsad337xu+PG6tz93O4OP1Hw2ZXmmubq0/Ws0eXlgx"
    "apvlWkFvvUyErINQEFBZE+0RTPF35yJYiiW/1C/X4RCX3jFica8+kUrwRxUumb0GjjNwrg"
    "qXfIpSzwqXLFXMb62mHhltc4TyP0iYTZOBSZhag967U9/k3dP1Mw859dls2LIz/VQ86UdG"
    "O2T7yPewAo1iSHWIRGWjtaz39uZNHu/tzZts7w3vxexQWFQFOOw9foLc3W/l+l/63U6GVZ"
    "lZuV43Ri75HzENRyEveRtHaciMiAWRKEcfrzwfMw1wgIu0E4B9gtV//z/knE3W"
)
