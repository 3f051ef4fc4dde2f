from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    # Domain events (models.events.domain) replace the top-ups' credited hooks, and each domain
    # keeps its own records. Top up and pay's outcomes so far, written by billing as `credit`
    # events of the wallet's top-ups, move to billing's own table; a credited top-up for an
    # order without an outcome (its process stopped before the payment) gets its TopUpCredited
    # event, so the sweep delivers it to billing. A wallet spend names what it paid for (the
    # source its transfers carry), so the wallet's activity no longer reads billing's keys; the
    # spends from before transfers carried a source are read from those keys, once, here.
    return """
        CREATE TABLE IF NOT EXISTS "events_domain_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(64) NOT NULL,
    "payload" JSONB NOT NULL,
    "fanned_out" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "events_domain_event" IS 'One typed domain event (`models.events.domain`), written in the transaction of the change';
        CREATE TABLE IF NOT EXISTS "events_domain_delivery" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "subscription" VARCHAR(64) NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "delivered_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "event_id" BIGINT NOT NULL REFERENCES "events_domain_event" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_events_doma_event_i_3261d6" UNIQUE ("event_id", "subscription")
);
COMMENT ON TABLE "events_domain_delivery" IS 'One event to one subscription: sent as a message (again, by the sweep, while it is not';
        CREATE TABLE IF NOT EXISTS "billing_top_up_settlement" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "top_up_id" BIGINT NOT NULL UNIQUE,
    "event_id" BIGINT,
    "outcome" VARCHAR(16) NOT NULL,
    "summary" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" BIGINT NOT NULL REFERENCES "billing_order" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "billing_top_up_settlement"."top_up_id" IS 'the wallet''s top-up';
COMMENT ON COLUMN "billing_top_up_settlement"."event_id" IS 'the TopUpCredited event (events_domain_event); none for those settled before';
COMMENT ON COLUMN "billing_top_up_settlement"."outcome" IS 'PAID: order_paid\nSHORT: order_short\nNOT_DUE: order_not_due';
COMMENT ON TABLE "billing_top_up_settlement" IS 'What top up and pay did with the order of a credited top-up, once per top-up. The top-up';
        ALTER TABLE "wallet_spend" ADD "source_kind" VARCHAR(16);
        ALTER TABLE "wallet_spend" ADD "source_id" BIGINT;
        COMMENT ON COLUMN wallet_spend."source_kind" IS 'what the payment was for (an order)';

        INSERT INTO billing_top_up_settlement (top_up_id, event_id, order_id, outcome, summary,
                                               created_at)
        SELECT DISTINCT ON (e.top_up_id) e.top_up_id, NULL, t.order_id, e.code, e.summary, e.at
        FROM wallet_topup_event e JOIN wallet_topup t ON t.id = e.top_up_id
        WHERE e.kind = 'credit' AND e.code IN ('order_paid', 'order_short', 'order_not_due')
          AND EXISTS (SELECT 1 FROM billing_order o WHERE o.id = t.order_id)
        ORDER BY e.top_up_id, e.id;
        INSERT INTO events_domain_event (kind, payload, fanned_out, created_at)
        SELECT 'wallet.top_up_credited',
               jsonb_build_object('top_up_id', t.id, 'customer_id', t.customer_id,
                                  'amount', t.amount, 'transfer_id', t.credit_transfer_id,
                                  'order_id', t.order_id),
               false, now()
        FROM wallet_topup t
        WHERE t.status = 'credited' AND t.order_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM billing_top_up_settlement s WHERE s.top_up_id = t.id)
        ORDER BY t.id;
        UPDATE wallet_spend AS s SET source_kind = src.reference_type,
                                     source_id = src.reference_id::bigint
        FROM (SELECT DISTINCT ON (p.spend_id) p.spend_id, t.reference_type, t.reference_id
              FROM wallet_spend_part p JOIN ledger_transfer t ON t.id = p.transfer_id
              WHERE t.reference_type IN ('top_up', 'deposit', 'grant', 'order', 'cash_out')
                AND t.reference_id ~ '^[0-9]{1,18}$'
              ORDER BY p.spend_id, p.id) AS src
        WHERE src.spend_id = s.id;
        UPDATE wallet_spend SET source_kind = 'order', source_id = split_part(key, ':', 2)::bigint
        WHERE source_kind IS NULL AND key ~ '^order:[0-9]{1,18}:[0-9]+$';

        -- what the sweep reads: events not fanned out, deliveries not delivered
        CREATE INDEX "idx_events_domain_event_pending" ON "events_domain_event" ("id")
            WHERE NOT fanned_out;
        CREATE INDEX "idx_events_domain_delivery_pending" ON "events_domain_delivery" ("sent_at")
            WHERE delivered_at IS NULL;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "wallet_spend" DROP COLUMN "source_kind";
        ALTER TABLE "wallet_spend" DROP COLUMN "source_id";
        DROP TABLE IF EXISTS "events_domain_delivery";
        DROP TABLE IF EXISTS "events_domain_event";
        DROP TABLE IF EXISTS "billing_top_up_settlement";"""


MODELS_STATE = (
    "eJztXftz2kjy/1em+GWdKjaVOI/dJVtbhW2SsHGMz5B93PpKEWgAnYWG0wgT7nv7v3+7Zy"
    "ShJ5ZkBAPW/bAXS+qR6J5H96df/9eYMYNa/Hl7NGIL2220yP81bH1G4R/xW03S0Ofz9Q28"
    "4OpDSzxrUWNCHU0PPTvkrqOPcMixbnEKlwzKR445d01mw1V7YVl4kY3gQdOerC8tbPM/C6"
    "q5bELdKXXgxl9/Neg3lzq2bmmmoeEX8rk+ovii0I3Gv/4FF0zboN8ol2Teh8E9uDOCD5fP"
    "zO+0sUktI/KD5UPiuuau5uLamTnp2u578Sx+7VAbMWsxs9fPz1fulNkBgSl//oTa1NFdim"
    "9wnQX+fPx1Hr98jshfun5EfnqIxqBjfWG5IXYNtfW1hqZd9QZavzPQtEYBBo+YjcKBT+WC"
    "ARP8hO9/Oj199eqH0xev3v745vUPP7z58cWPTZQs3Eve+uFv+TFrbsmhBM+6H7pXA/wgBj"
    "NAThC88Leg0V1dUgkJrbkvhJPg//lUd9K57z8f4z/8sDj/fW5vEoB/YS2B9awtL4LGcqq7"
    "5A4GJWxMvNXRIqMFd9kMpuVStywq5ksOKc30b5pF7Yk7hT/fvt4ggN/aN+cf2zcnb18/i0"
    "rhyrtzKm6hPNb8Z0vgWBEBBASlJOBN8A0C2OkSiDD35emPObgLT2WyV9yL8lf8fwH2+s/v"
    "bn43Gjvh7umLFzm4C09lclfci3I383jIy+7MASqa3VvaXhinxP90Yhrw5iklwffjroMXRr"
    "jPOPBP2I3YHD7dIKZLTrwT/o6u+DM1NqHwYV5OeIqLTKUdia+4S2caiL8Ir6NUW2H1frWf"
    "CKN/epuDzz+9zWQz3opy2aBD0+XaDM58zWauRr+NKDW0kUMNuJ6icTJmUd1OZ/7Dg8UEMo"
    "TRqjovgisVSGWTetnrXeLIM87/Y0l9M6ZsXn35fNaB5SCkBA+ZbkQHDemckm8Jfko2F5TN"
    "w4PVsiksG80yZ6ZbzC6LUz5soW2L6y+q2qN2aKGFJGCBdpFmE29cBQFRPdsLzHZvYwfdzM"
    "CPKTTfk7T1jC83431OMu6mTvwcQghIaxmU3HW8Y7TUUkghruXwSDmUWAxJ2loK5aRwTx2O"
    "H1qI/SEiZfne4BTGtkcU2D0bUseHKiydu4TeUzsvLLoXscyoqyOSnZTLr/3eVbpUwjQxsR"
    "jmyCX/I5bJKxNP4+fxwh4h88lwYVquafPn+NpfqgL9NvAYeRTRm3z7+eRz+4+4aX1+2TsT"
    "LIO9ZOKIUcQAZ8n9Clmm6SnWwgXccc0ZzdytQpRx0Xikz/1/qONdyL91wQ80era1akhoZY"
    "NoBt3Pnf6g/fk6Ip+L9qCDd07F1VXs6kkcDgkGIb93Bx8J/kn+2bvqxMUYPDf4ZwO/SV+4"
    "DCznpaYbIRTIv+pzLSL1iH8vL4QVIVLZf1QWLcwDYr3MBrFeChAL/aTju1RfnWRgkuXvmU"
    "PNif2JrgTju/CNup0Ko3vQ82Uw0IEx/G9/TvlX1/PV0ZeBczk61eD3w6+m0ga8gal/0z2H"
    "kwUZPdRHd0vdMbQIx/EOO2WxK8Gz0Vsh8bA0xMSj6tl0wOA/N9TS3XQtwRcOy3MaKYabZw"
    "lGcHl2Oovxcqbb+kR8JQ6HxNGwh47QRLLDIjq+ppI3NkILdJsHIyQaA9CH2MIdsm8twmxK"
    "HLYkc1CVvKHIaKrbE6CTGhQ1IjeXJsh04ZKJPufP47rUlodOjdjwf7Cc+766l4jRqMMxlA"
    "zHCORVSAZhqt2ZHkcijMNHA49WEIcFCB6dGA4XEzxeURwYLHiMgqjxjsLQk0r4hs+TjQBH"
    "VIvOv9aidPU6K73O4ANsPs7AmDZJIEZYi6CQCDagT6Esg0fCT6HchgMTRF78KboNZABQad"
    "N9C9wdhIY6UvbG1ni1AF9BBMvDVlOwqzXq+iBqtUZ6H4ar2jbROacSHyKg6BG2tAmI1G35"
    "0BEnum0Qn2uc2PSeOmRmfiPukhH5shS0aqsjp4BVeSGp/eaoKBQmux0PQ3MD/qR+usTumJ"
    "0rYeLlhoSJl8mECVw8RfjrP68yfxt8hokO3PW2BsfUYYQ5A7Y2CbVdZxXfWfKw/9VpDu6/"
    "Os1kPt6qTben6apOaLHZqkBCv02LP/co33962Ht3fLrt31VqS9cSHQx01hS1Kf5IHv3JAx"
    "21sFqdz/EH2rUrErh04g0SaDfvRKSU/xfqQ9QaI8GKE3M2W4iPSPf5bWXUR2hQalnTtZ+v"
    "ISZEuiLQsRezhKkXdff5xDtMUg3B+EVUg+vO1UX36kPLn/a39nWvP+hcwAWBRt/av/W6F/"
    "j3PTMN/Lvzx3X3Bi/Qb3PTkXj1vvTkcIYkfgwvoTtEKbegO6iVwn0gmkIu0BeGYtY96HnD"
    "VeGNMklbaq9ULKxHCeAxxNrdwmOKCSMvOpacilsAyPJAlX6M2w6Ayr2qEBXClI9Spjdp0Y"
    "XU52JqM0h8ramSGbunM7D6Udv9qs/QGPpKxg6bge4rgjOCeDaXwSXpnPavJbXnbQ+eGjMX"
    "qTwBashszlxqj1Yi3T5Z3cihwBuMt5IzGsUeXMFySE3yl4xD0aJ+AP+elymbftM3Xfy6Sn"
    "WQnnLKe6lKJ4+vbrIrOE+WN4Gp3wpVMfmOE+aIvw02A3nA3+t6JwqWNImv4gKSSiFVWV4l"
    "4e1K6gE5GIjKXc0wJ5QXArqTlEfI8+1Pc3kGFjsM1jR1cET5OLDjrJu3Elv8jNl0JZStUv"
    "DL9qc51vIri5b5tEpzvt+9+nDZ0a4/tvudFuHAa4tq86nO6a2djqFp68sM9s3gHuJp63uI"
    "qoVDcPePpCHKxRauxim82EjxtmRj0UnKI8JYTl++/uH1j6/evg62reDKpt0quTMlrZP8Z3"
    "Cc8vhKum1/b4rYfqW4XZfPy9w+kuXz6hoAdQ2AvZ/XT9I9kgpbFU1D0eoI+W0myZWWRhp1"
    "LYzSwqgLYuzEeAiB44Vme5TuiKyG/Xpm64Ik2yxIkrm5b4HBxxeWGOdw2oGWg9FRraTmdA"
    "5OpypyOVidmUZex3AkeBw9sHZVwch/a0Z0YvFaRimxu8chr8J1jebmgN1Ru5FW08i/19wU"
    "mmEa1HZNd6Xpc1Nzg+e32u+prhGkitLVJHWO1r5ytOYOHZvfinB4TaEyjxt8ivmbLiMutS"
    "wi9hBO9LnulOqFVYFrCL9Im+p8WoT5Uaqjy/ncpTM1ncG7d6DCMWgWBMeRBCOUOOV+Eeb9"
    "T+iDyhrYzhYj2c8JKH7vSPu6i3FknMz0FbFZzm3myDDz2jWSsfiOK+c0ggbr3NUWvJTc47"
    "QHs/afpE/MofegfpSRc5SylrLKUuauPh4XdjqEqWrX2rZ8DoKrW8AQ+zjOF37UXofwDIxg"
    "iOft/nn7orOvGklnun23ofd5+HYzFyY2BIpCbdAb7aAd9HecIHmQOTRckf6UDnUii3A319"
    "WPpswyxPP4ve/ICEzO79kCbkwYYaDIgEkd13Cres+tfU8dE9htYB3xDeXAg6bXXj1wfGNd"
    "DFydna65AeiTwkoIYEOTWJ9AaRiqeyOKhp2+JoY58Xp0Fs5eyWOrn2bb6qcJW10uOq0ouB"
    "ojU5nxKiUK+btXCcU5RlprziprzoGw0nL3s1dVjGyHyGNR2HE5ZSQ4ik23SXQuUmj0BWYe"
    "W2wi0yS9LEreIkIna/1sGr+U2fe2jwbXCFU2648XoYqphQWieKOEtV27LbvWZ+wWTNvz0F"
    "AHJorcMUjRaVjUuA2xHYwrDY2rlGVQoOzfOQzTWxzi5N8Y4VIVABDM0BTrPzx7c5j+4XWT"
    "x+yfwynMbGlsB0WMT9gShEa++oOJ8/nrMyxf6jA4uA201nWCrnJ8jjn4Nx7zc5gYY+bMUo"
    "onV/mmOnZH4U2+ucGkn7GhaRUyMNcU6oY2NF789M3/Xxmt9uXLPJ73l9me95dxrVb9GKmi"
    "loZK1vthpePjTfPeNBa6VdS6022yJsbNWCcWncA/vb39RCcjNpvr9qpU2ZsKIk5mumkVmf"
    "gBwfGlH5++yWMsw1PZU/9Nwly2hSKoWwVTvWJkW2F2JTv5yxffC1SW+F9MuheicHF4JTRh"
    "x854zF8PahwDlm5PFqCClt2swvQ73LDGetGN6n0bB7q1O1ctQktFv+Upt59dbb8utl/DSj"
    "CEZ7YUz8+M0Cmcn9kQpphnnMlCeTOK7luw0Uwe+HqJyd+J0cnYq5rnm2/fiSY6OReoCriU"
    "92O3AEtdr0d6erLMnfgVWQmFE7/WcguHRDwS3IrFYxzYdpsJcEUivLy45UeigN6U6a+D0I"
    "+RWS6ba4v5I3k1YPMv82PlkEHhYDUfu+4u5CjHyqQaes/DJeYY1Hkki3o4xjExqGR+8xKd"
    "8GnVUgsnNv8ejKSEKrMdjpZw4Pgn3QY/TugwLODO0UKJXHWS89NzlBxrEm5JLLNOtt0Jm+"
    "vwqhoH2wYOplDir2pSPxAp54purfM8n4qk6zzPpyDlOipWNe9DHRXbKOA8eGRUbJURn12/"
    "qZJ7Izv9NFIgg+RDzVygQdCxydWcEGGeJFBUsrEds0dHZrpBvZBNm4Q6QWEdkyb8Z+4S0x"
    "ZZmkFfrKAPluyXxb1QsngaaDVvurXhcaJPYFbAOHxJHU6WU90VD4xNB17kv9AzKMjJV4/d"
    "Pv+eh97+9VnONnlprfFqLEVJLOWp9KtTsQ9dwd5zx9tvrpJSfWyODPFg4rw8jhCpzGkRoI"
    "CtT/HvFoYdjGjgytn/1K6b/e2c4Ry+t0xr8jWZyqaJmO+mgXGkgQoTU15yzvz9tASsod4n"
    "AvUmDNb92FR+QF2KJRWKtcthP4Vi/HIYTTZhzkS3TS7OJVilOloqLp3ghOTSpOm4dKg7LT"
    "BfMESOr/PfsPKHSHVbB9jxlOS5at5Re4MP2IIparwcqVpRJ3SV0Sw+d/DHXw1aBDaD0VS3"
    "3Vv7Y2/QuWyRKXOpdWu3uzeX3atOi+imY5k2vbW7V/0vN50b2GBsvnCoc2v325edvtb+0M"
    "GBuG6hnw5+IIx11r76pJ3dtK/OP7ZEmS9t6AC3pmU09e37+k34zpFr3qf1dGDMorqdsYmF"
    "6WLyHQJhVQL2N7jduivOer3LiNJx1o1tVFdfPp91gPeC9fCQ6daqYK0K5lUFk16NLYWbK+"
    "M0VCKjIg6/PZLJnib9SQJzB7bY8uU+pFdULcKkIsVUd1aJ3hXTK6ilAXNL1t7CGbcisA2N"
    "pl45TbQu1k/5nYIVrZ0SmpDZhp83XfPbfpqHPOcqoRKwyivw3ySWOTPRt4TNRdAzNWKwkZ"
    "MT4H+Atkrv1TM015Y6JxNQK+zUsinbHb22+Wqb7/A27rrN0bbaHIn+Iwo1OYLvKRx1Haap"
    "Y64f9JPI8yHJYOxdn87gNUXc4jJHLvkfHEC8Mj9J4+fxwh6JM2y4MC3XtPlzfN8vjWqVwj"
    "R2I4cixpbP5pPP7T/iEji/7J3FrSgc4CzDGC5WAjZKpfSGI+q9jlwmbB4wbvhC1IJVw0tb"
    "QxHZrD8uKKKOTH+KMct1ZPpTkPIeC+sot2urEJe+j6o4qgliRyVtqsTS+iCqrn0OfzRSsL"
    "TQ3WYuLI0DgWbawBKPJAeYxmz6Pe6vBIkIp15noM/9lowB18F6RSMWVEo0AZvkXrcwRgom"
    "VdMDOMHgdVwidusUPG37L6ghNYU3reYGSG3/1YeTW9b+gIftl5vEFVYY3IkQqWznKoPv6K"
    "5LZ/O0ukGZ+0iYZHda0Itqd5PTl69/eP3jq7evg00kuLJp76jDFZ6oEVFXJXgSYi4J+xwi"
    "4tNAjRvBVtlmo4kl2h0qEmVypgocuuAVCUVfB4Ck2VHh6JA8ZpRoW7vgxZu6TBnBGcH9CS"
    "GiPzhfMsdoxQONxFuaJBYicvLV+7eXCJvR02X7L6qNqgM1qnbcckExEeyi40IdB1Jl7L+/"
    "bxU2XBOENcfzcdxhWSDMw9kWPu0Ou1HIGDvmNArqZr3frzB7QjQ8u7XbF5+7Vy2iGzPTvr"
    "V7152b9qCHt73RMYfi/JPWe/++e97BHIrRncbGY3NEb+3+l+vr3g3mXCzmc6ZKJE+dVbHj"
    "rIrN3VyynNkH0sFFBJHg4gDd0P9oLz7e5J7eia9CPbJch5cfcyyAHzPn/4/x6T8GLQYsRs"
    "/nUQSMS6FUFpNrLB1mTwLlXij8OnHAAiuiom4NqbPYCF32CzCUUnTOB+I6YrQHY+U/SRSn"
    "xmSzF9Xxxm0dfwOlXeTlPNkQkSOS4Y6iS2IF0R+ZLNiemwMc5gA31Vypgg69N+kSzpad92"
    "7Z0cxGYFefzx12Tw3pTPg3HbkFwrn3khJ4ri8mU7cjcMW0Thyh281NCLzNXHO8AuHi81qA"
    "U+aqCSOeFtA36Jm6RfqfB9dkpLujKUU2jqiJLD0x6D212HyGYUhYp8Wl3OXPmhiFZMIVx8"
    "HHUgvCbP0FNeJ+oIg7TgRt7LBZESAgQnR8bb6rQN5BTwXNFZRbnpZNNaDfMmZ7nE5lXLgx"
    "gA2F2mLPoKCgwEZizk3YPHgTWxnP9O85BRUjf+25TcZI549BxA5JZFcFtshl7+qD/3g85S"
    "qW7LYY4hFVRD4hkiNYCLtm+AzmNRzDBRuAR6l2Fky5o+3nVS43yasNbpJXSTfJFKz81Bop"
    "2TM7RFLP7MIze8iMlBTNbG77z9esLsxqNGG5+d8UV0Z2GdcQicqJPI2zFZZoZGOhq3v7Hq"
    "rfvo6+H+Tcf3upRLkIaY2oqo6oKhIUJ+3u/kwyL9Uox5vN/CY59x6vG2I+PaO3zt2pNHfH"
    "BTWnkJHrPa+ycaus+lM7N+ujeKdHsQC/P0tdNO00jtzPcyALNFqbhSgeBMl7NpUgdhNVYe"
    "zrLhIXUEsGSpvrsgiQ3/0AjnwuHA8CxhZ5u/rYpQ4yg2MKr27LqjPvEmh5ZW+6tbEflWi1"
    "g4MJQtGXyl04uqi19YzM9DtQ//3+VB5sP6Rk6ZiuS22RWJwTf/8La1O6CyEA0Cbg7l/xHm"
    "f+5fWDNmzMmpfvh9vEv2qFRkmFZp+dkVSKma8iwnivjSwfdtUe62RPc50UmeNRKnVhtQbu"
    "rSs4PKg8VILCzlMdDgNGAs+xEm6swwkb3t2mk4fL2TxO2k4zzHcrxOEwzRFyuIKqllmOvm"
    "we78XRtzMWV+J0Ut8HckQwwFppL5MKtabe4UkJjy6oPw1yn5f/+NL50rloEUl9a/dlBxnR"
    "OuZ9u3uJ92RWBNz71L2+xgv8zpzPc7tLKk52qmuubDuTA6tsUsdhKRHC2dtNlEpdDVHZLa"
    "dGHrNn+HEhj5GDBlvDFxd5iKxOllI5WSqO+RWUcwr5wci70fa0iiDUwuQSw8VgVzTPEXL1"
    "+i0h9oo4r4lmuktCysyTmi7Ulr+8TCWsKOnhTJPffbCGLymdE1QkyES/F9PBZUQnS+bcUe"
    "cdGVq6fScdAAL4l8vi6U2SkaWDAEtpChHKA5si/kSAScHuvMkB24nxTqZyeTd1i9nUcy5J"
    "Zw9buCM2g28QSRcICiIXYJ7NOeX+dCLLKRg55CR4iWFS49nTmFuKeELbC8N0O7brpLYPC9"
    "1tbvKC6vicRoMHqwxI+qshnI9hb1/Q9it8MZoJ6F+tPYDKegCL76yHZns1AhfJulEdd2Ge"
    "PkWtK1jFeeHrgEBlcFW2z2z9bBq/NEmomaJ35fnzRDLjftwHgpladqPvDSLQDqHFd9lAwu"
    "0jpYJlRavWRamOkNGVeGuOv1xGuKMyhm3ZkyYxx6Bkr3JuK3sJf4joZ3mXQIToCFdAJV08"
    "TXu+SFGjslsdBgRqdDrE1xbtdChrpTmTxUzm6XI6cqjLyUznd1tQrCppggi38KcVWA5rCp"
    "XXgpAFX4xGlHOCXyjCQREH8Fq7C2cVXPR74iixaoyF3Gm0WRGHZoxK5SS8nbo1FUE2LtgM"
    "flbnHjaFC2qZ9zQd4kh7rLkJ66D4KNcMQYflhdY0+WK+kR5hNITM+GIYPNDyYq2xAZMP3p"
    "/oE3hLE6OuA7C26cFmAXAfX0cVvebW9n4sNZ41SfBv4UVoka/BBU13v0qvg+uHmXvvH4qi"
    "T6Id8zruPCv4+y/JaU8pC/8CieDUOWpqqHnZgE5EZgWOujidygeeOvGAtU/7qOGy8PZaVM"
    "hx2lrSKku6jknK3kSPNyYprOzkV1jCVMdkgOy3VqvgalIQhSu1hmyLG+EbP0CB/O1PuQcK"
    "r4ZnolJNfZNC2GwFriWV1wYMpks+AxAniUEkrWemnXz1vkMO/Fze/Apmlp8mm56vKwIrpr"
    "o9SWAp1b0Jk36JSy0Li/o8J1/Hum3DmcMWYPW5C8fmYnrI2DLdNxNXWCOf0G8md7moFSxK"
    "AocV/boGp+obZnODqVfUkXjELsTtm3ZzfWUxPYW/2bB+iGT3wP5+9PxKcPr15payu2zq6h"
    "Ml3GFbn+DKwfb1qe2f7J3muOwfRTwFv9PhlLG7thfanKIexp7IoxsuJYkWCpjOpx5+HAyu"
    "/TBr1LzWOlTLK3c+8UMAuKzQghFH2GQhpVD6NgaslbIDVcqobcyZWQZViBJWBSwcq0RCiU"
    "iL2TCt50sm59cEx4TmbC1LVuZ4a37wQE6mxqgUju/aG2NH8MsnzMkowfRw8n2YXmWbroGH"
    "oQaqyuBLv0WmrjvX5Oy4tVGH6X0ZgKhBNwS9/da+6bz/0sfUe4eOsSQaPHMJVK4FT19cwb"
    "8MG/51dtk7/9S50NoXFzedPlwdep31vNo9t/ZVZ/B77+YTfC91MdElfkrvJzBVROlQg6ad"
    "DZssmwjdDg2b/ViVW7Rr6iijynav2mJ8IhZjikd8VVi9jREe05Lar98sHAz3SNeZZ3GHQ/"
    "IOTCJ5HWex2aiU78yTwvnC4cxpZAMj3gPNArjIaE3yICzykS3hlgwgNkw+97q8TUUXCd3w"
    "E46H7Bs5MV1iwfhctIzHFGMQP5Izh2B9OdHFyXT5syRWUtlbHgGgFM0b2m7GkEJ1UV/lqV"
    "H4KrtI4SuvSuEGtOSAAjAqrmq1j1NkrxvcpgDxlJMo9yb3yOhwH4drEU9PFV71cOy17pIZ"
    "aFXS2+7lXYzhJ67SoeCtjp4esx2FDoPlUYdsK7P0jmUTLIH+WNSYUEfTRyO2gC8W3/3cLN"
    "aCascQMsJTGSpAvpqYO84gbsxhC0A2FhTNdefqonv1oUU8+lv7onPZ/a1zgwBcsCXF62Oq"
    "AaXV1TC3DOjUwe51sHsN3R0vdKe6Z/rpQXc+Y7cH3XVCIx6YRHLHvEdno4rQXSCFbMs2LK"
    "jclm14vjxs2f4O9iFGg/ulS5Y6jEWweZSnivPvvOhyTq57/QE1nhPsxM5h4oGgvJIOfp1S"
    "7sKUNFpAnzByq3rRrQ2XDOpg39egkio87dyLlGaPDDthYQDVV/m3xnXL/ZoIufdYyL8+Gh"
    "2sbeV92soLxyoCzXqPqxwdURKbPX2Rt2nVxq5VibIcoVVUhNExsiNk+PZTDEyuYa7PfQrS"
    "sDEYJEK3w2AQf7c52GCQ2u7JnuvHa/fssUCdclJWwerx+LoFo+d6PdKBCSKvsROdg0rZOp"
    "cs1b65ZA/YNEvdgp+gWSynGdMmHLQOKpMoJDGWMgMbwXRbcEm6F3xTQ1ZIn+krYUtMGLHp"
    "RMez8jlpe9QiuIDZyezdyt50a8910yDwk9/JHNyJAyYSvmcOVg3DX6pb3ovQDNLxUbyNNh"
    "Rb2k2yNN0pdgKg3+amk+kJrE0YVba/TSZMdtruw76lQ0jhbVy3uxctglP+1r6+6X3uDbq9"
    "q/ZlKzzb1fAhHVv/40aoC3jL24REEeyW2IC8cpBi9/lO9BAvJ4Zc1SDfbqgG+TZhdoqNjf"
    "Iy3WAilAfjeGqEt37Y7vGgsHLK40CU81y+KCm+Um2AIpSHI/igH4E8zMm/2RCLP87dFGz1"
    "+OVf2+TZ2+7x2uSeEVBUEY2Q1RZ56fgmPxarKP+jdNsRwBOxCDYAInJWb8MJHAx0YKsgLx"
    "wSWf+F0ZCQkwPj3TQEV1LCx8484vefbqiV1QzB43gfB0IY6oiY/ncSNUrsHEmu9Ww6YPCf"
    "nFO1vR7noDaMvDM1ulPmmaqPAuPEPGykwHHyRjMHIMeDJ3NAcnN9NQv6m/pgWVDKfIR/Ot"
    "LCfCdALLHURFMCr/qJCBAghkOXYoxk5HxF78jT6i6yy4S0zH9hL7vw3zXApibAdmSoTkmH"
    "dSU4jT5L3/43ao0BTa2yl1bZwZgqq7UnSFUWg2hmk/C00OA0WMpkqpzA5X6yR9jCGdENff"
    "5y5JBEhyi1N+0MztJjEtJltdkT3SbMMaiTs7lw5bVXJE+Lrp4I2RGVMdrxoqhxvmyBHC/O"
    "h0WcgKllxB4jPRh8/0lmFNV4bg0oqiSGXQOKNZSYF0rcMuYlGJaFe/nczId9CTw4FwCWzZ"
    "fU8gxydDnHLFZXZlBrH21uQJJqtGNfaAc2QhmXCNqOEdYiKC0Cb6cqxP01Tc348vBR6Lgo"
    "AFOEqGrmb0uTDpxij1SkAzfcgQkhrx4dnn0RNfq83T9vX3Qa8a1lCzz1Mg2OlKPrrVSprA"
    "/PIkxLbA9sxQfV7bV9msfXPFpwl82Er9dPkbBFLTXpJZDOX+x0ZnLP8Tu6k8kZAn2WF4N0"
    "DjFTeZq/ubL31JkaCm/+m9R/KfgivuQ1xQ6Lf3VvbhpVyaFin0ztFchm/fF6BfydtrCSGy"
    "OsA1CrKf4a0dQeCWsel5aWNNS2gfoeE4M2BY/6yzfJsoLRo+ehgQ5quefV/mMbXbpJtT2t"
    "fsDmX+aNFKVe3sij07tsvpjnU+mxKLIfLOJOHbaYTIlOhrp9RyYgyKW+As3bZXAtpJLL16"
    "RXWH7MYKmIfYz9d3SlIWP4XJez0jTobM5cao9WGoYPishQ73V436Fj6lCcwnGg/y+vMZZ4"
    "9dyoQ0n3fzBusgBCMi0TxhUiVzpju9/+3L5qEa7DDnFrf+5cXrYHLTKj8CE5UxIrr/Z7tJ"
    "6YhmPCKETnd1jlTnbnUGt5xFsBll0Na+odGseenVjQQG6c33TAULoIyvRjY7qL7k3nfCB7"
    "0xmmQ0fi+m+dm+77P0UV7XvqmOOVqKN9jo/7AximePK8fXUOS0tcRAbBGZSorX1rd/647o"
    "r6215+M74Z3uH1xINXcFUqcAvYq7ANF6ZSOJxSxCGLbwW1AhE/Nv9+MUdVgzeJOSa6vSIn"
    "38FVAlex/iTc+S5vpOteFm9CiymQIBElVPosW04Zp7IABoow+HCsp7NOHJLALexIDvbgMF"
    "1y4mm8QMhLBSxXUB8wpmUWEFkKqdJCi2d0NYl8I5mDqHxtXCyzyEQsvAfmqpn5ckPJzJfJ"
    "ipkuu6N2EeEEBDs8Bouef31UBb/DbQ++tUk+C1UQ/r6h426p4+c0b7nSTdVK46z3z+Ek93"
    "/t966y4orXNHHY2By55H/EMnll+mHj5/HCHiGXyXBhWq5p8+f42l+KCmgpii6LdeMvD0y8"
    "4BR7Cy0ckMcMDFpmNIln1+SS2QYRIUcj+LIvmZPP7T/iQju/7J3FgWMc4CwhQN9QLrB+Ik"
    "Qqp8agdBCJgHXjbWfBp/unkQ9dnPgLDhbY1WIWWnF93aI3PlnXKJdMU8m+5xTUIwICdfe9"
    "so6xKvg7QljP0rn7ugiTo1TqcrqB3wj27sIhhjkRhQ59/cyBTctmoHXbEzJjTqmTPo8ylq"
    "2LJVQx1E0QatXK4BApxKobPvJLpTws3ZyhKPyfQTjWksPDRhSVOwl2qvemrVttQfmsSUZT"
    "ih3ZiT4BERFR9ErYx+ZIuEQwisKhINLc1uxejCb5yQjSlhB8CrHKgg8yOQV67n+8ytJBzG"
    "ThUGC5UegkitOpu02WPJC2b4z6LHOozlkhcydJeXTsfpXr/H+14fx/lXL+C+BQKx0Kn06v"
    "8AakpG+ojlV62rFKISdtQalHKWupqyJ1n0chsSdCe0ZsNsd4i1KrPUZbZ66rI2jVYxH3va"
    "JVyLnJjhIrnCLymDgxNdbYoyLFiuWwy055KYugQDijiBfr4EBHxPJKs9hDHMuKvwv4mS8I"
    "T3ZYF8/nCsWj32RzRtlkJLD/9SFbuET3HN9NootqilP4BpCq8Y7YGIvg9XU00uPytjZynU"
    "Gj8FbeJE+418mg96lz1ZJuUozwubw8a59/agVgqR8f5AcHBdE8QTDPrd29+seX7g08Ytr/"
    "WZjOyo8e8mOH/JggPySolAdo+6k7BTE39bG2sL9Ot/kSNyHvo/ePv/HFbKY7hYJAQiQKM1"
    "2gzuhNkBGQGOMhmU+NJhk6Jh3nbYsSFcGbXJjcmw2Y3JskJlfcGqytf7WMwjyYDygmGuhR"
    "xeushshqe3Bb9qBk6xaswSCZ5cCkkNcUjMy/HClDOysacEFhgZqpBo5/K491Y4SezVE3QN"
    "gaHg38/8jSHRlhn5YL9C6I0yYMJlET/kvG6M8m8FkOu9ettJIBVbyiVEKSSELakGrklxyr"
    "TST1TKQnGZbtLRZcHesIbQVjsPfZS6DC+J4Q+0Oh4qU7QlYR/nbsGV85Gb0XVzeea2VhG5"
    "9W6TWAKY5dmeFoxhMeb+0+6Eo3eIHrBn7trT3o/NoWV1z6b11c6Xeu2x/hCTrXp7f2p07/"
    "Yxtm8z9h0DvKp/q97vwXR273P2Fm5QyMW0ytvOm8RyoHvhOornv9gXbWvvrUImjBaMg6fH"
    "s4GfO6fdPv4t9z3eGmvNJv33xoixa7XHcmOiaNffg46MBnw4/+rQsP08nUpfD1YOLcm0DT"
    "7161YUjQNuDfH9sfb1rY63rq3NrtP9tXFx34Jn0FpjeFr7ro/NmCDUJAVf22YAyYVrrgzC"
    "fgwvv2Db7iDvgw1h0xevvmc/tPHAS+Z6avcJRPgh+f4dPx+p3gyAy+H+8Nev1ORxu027/1"
    "BHbGKeg7un4vPQuFg29O88TenGaH3pzGtx5Po6Og9qZEOqG9n779xOk2Wf0KLQZxIOiyrd"
    "KM2XS1Du40bQHP+6ptPvFsEAda9ylh5HcwnAY7y7BYtaUUUqV3HZvB6rBMTo0WAYus2/VD"
    "nxH0Gulz04W3YOwzEfoQx4bNhs6nNO9hUbEyFPC7oFYUp1NaSIGbap2rAcadUFLJibfC+f"
    "PwT3oGmye8Ccwzc0T8G0TOSeH6QncXitmiuoG3/ksdpohIDzCjO7IZFRDsRef8si0yq/0R"
    "4PT7vd0ddK8+ANF57+pCa19f3/R+w171+lI3XRQwpyASQ/NtdKARz+A48ppM0f41SA3/t0"
    "gMV+Ukk79UGxZasDEypderD42IPve4Y8KkHI/FX2ossbHpgG7nzZVC51uSUuVsN9X4Hlm4"
    "xRifQlpzPj/n/T2w4K4TI6s5XoLjWekZA/otAzNJIVWY81uJUe38MYh4IhOZzIE38rJ39c"
    "F/PJ7enJatAWx8ZL5GcgSFMzYa65LHnnNDZVSrTuDIFsjxOvMjSlQZ4acOUAf1qxzUD/aL"
    "Wa7rYJTyYKTc8KcnGkDFTNBjknudzKFa8E6dzBFaY5UncxQK4glbDyMKPyplyXiUfnnmhx"
    "NAvHiem/WISuyP28kBKR7y5PMhO/IpxKm8AVBaSF4PB0INplh2SBAQcwZfS/QgZGkZ8u0I"
    "pHpdtsNlZIiP/nrd+dAk11cf8GT5nQ6vk3FQlbyhTvlQeMNvkux4Jvgol9quZGRCDpvyA6"
    "J0KoPO+UVSMb7vMS1tvtu6s9rI6RQmD1eu9DUeGJs3TWKvEl2gvgI3z7pX7Zs/09Ges5TK"
    "dWd/DjrtOLps/jdleme35/MeV1mzXIs/915z+vL1D69/fPX2dbDFBFc27SwplaWn+umbt4"
    "Uw+oDiCHeK7SPENfiVzfrjBb98jbGoShSlq/ssVdNnKWmuJSSXFFvBVjmhBIuDElhekzk6"
    "U6tulHOu82lvkWrP+beaOQy5ETyrsUWBJH00nQz44br1nHQxYkwWaDQ5mcKHk+EKDClsJY"
    "XhRb7/iIwdNot2pRRBfRZz0fiCGwlTrrpX3dpzfQU/mRNYLRg2OiH6aCRGDmgdChOPu4TZ"
    "78TfUwbvg/fipojmI9aQDMKzsBI/Bs7d2vcMIVt5Wzhm0ZAMh3EtOK02tQbb/8TG8X5L3d"
    "5n3/txc4OtWucY7FoWBx15GKzpRkFh3HT+8QVUORkf6I2RHkjY71xh3gGY5xjo3xVB/mZq"
    "gGG8c0xOWVdcFeJpZrP5Qq3T2fYTrx3mv6r5bGuFoGhUXJRO6VIebN3HjJiuyB0R5cQX2E"
    "7dYhMvjl62euEtonzwbhDnPwc90vxWRHAppDuUXWdw9v15r6gEUVgmnrmWdPShHi++Hqvz"
    "YwpDkN4Ayn2oWjh2Gfnm6+DRY3LvGDkcrcDIWVJ02TGRIRKll9sKNAXXtYQ8YH2JjgpCGX"
    "hHYBN0V1IeWJsAxGWznNF5uw6dRDOvfNhkGrXSmrlo+xK3n/FXiAtB8wWVdXeRrVpaYmnU"
    "Cge5KmnThjpUMPMRqyeNupZFWVlI2ww+tXQcfpRW3cNH2Th8iTJqpRqLpdGqK4JwucK0vm"
    "Ievrx/HRq/sXCLlgjRYQhB6F9e4UhZ4/Zxkti+KhwBpRPC2OwGjtPWjuBDcgQ79N6ky5KC"
    "j5AeTEz8k8x8QOS4hIxDZLV81ZYv2PullnGU8mCk3BB+ZOZ4wEYYdHo8mnFo0hdKkec2L2"
    "zqpRCrjJMobuoNdXc0LSGDNVVtZpdO5K3TvPYtgkApHK4KSyFJq/BSkE6tlOxKol6ye52H"
    "t9M8vKyTeQs8PoPh2uvRjpTNKRpJDlaHto8tcLqPDucvPNd0PpQdJy//kxtxrpkOKswWGH"
    "8tcLEzfzQlWF/BDF/re9Vm8xYMZA5zPyWYOSacBwOaPeQ8mBsPBzVjuPT3Ih4YsQcvSFhG"
    "7Prxuc1137CJwxbz79fRxmAKItJNv8E7LKxciuFYDlsmIh6res+tfXJH5y4GuCwd03Wp3S"
    "ScYeIrW9oW08FQtZYYoTwx76kMguHAYiJSrJ7VGa7q67rZUcM4K0SsYhF/RoRI5YC6khlr"
    "lcTMZaa3ZrtRs5NbleKy5zeC7VJsMrB5UCy+LDZfuac+xyQR3Liey0MEH3s84lVJ6bN0pT"
    "fbCj+EAPqie9LWMmFd5upWse09IFGZodiOzvdOywgn3iSmTZRPVKgzZ7MFcrwOU74YzlCv"
    "K+VqidEejrMlmmIHpjnouMUNT9Xln+lrKZC7G9ofvGTOR7bODuWPKjEXHm0LV9o2u+cYwm"
    "RKWK7yRnOTzTo0LQyZ1ljwaI5ucqF2boIOjzKdzB1mLEbuOxEbD3YhZqvi8rHYCOxL7Gwq"
    "HubiPhjJMyqOPQcEvEw59qp6z62NHSYwE9Y2+HPydU4dkxlf/VG8VgXe4SzCmITXVT5GTl"
    "4A+5lN5cUVdfPar4mkWD9Xtm5Mp4yek23mzh0zLXxyY2S3T6K0Iio0Tpzc3gQP0pS8VUZG"
    "cJTI1AmxqnInsuxHPV2NrAwk4uE02oBYeVvZkw1si+Kby4in4tTXA0xoDpqceEdGo6Bggv"
    "Yp1+0/P4vM5fiIt3b7fND9rQN3Rq55T+NZy7d2/0v/unN1gZf4gmNiDF49b1+ddy7FgyPk"
    "l1Uyw/k0TzTzaXY082kimlkojfDrUnZGxiyq2xllA0Jk8aprQFeViIMrO6661utdRhT9s2"
    "4cSPry+awDK0xwHh4y3Yz9Te7RBeClNcHuTqEXJXa0uJ71jrwgQzpmDhWHkSg7Xujg2RoE"
    "Jb9Hgy3JKWz7xmkPxvZ9kuGksLVOmVMC4ogQHoyMEd/wltdo4TjoEHQWNho+ctpyWIAT3S"
    "YnwQL0jammX1MImL+YifGkZRacWVIZedYiVB9NfdMJ7nB4aDmFkyFkZs2Y7U7hxtilMk9e"
    "uA5fvYT3wcJZSW0U/3wasEvKjCy86yfoVI4pkynAYoYI413OOh2zh0LLam8bP8zaktu+R3"
    "k4GwKSiGoVzKYaG4+f3oITGBEvlRcUItyJxLeAwawRbpt+c/1FaHJiLOg7MZ60LAXeZeb0"
    "Sx3TdECzbOHQzATmDREOCUp10zZLBjm8yRXk8GZDkMObZJCDNIQLVgWKEB0dnytowin5Va"
    "L7U5jwYM61J2nM2Mw1R7S46pigU111hLNqrT76hor8FeSEgwLpwqsstFg86wUpnoleHKDq"
    "7Ee1dOgMOeFwjadGdG3IFokTqgvr+N9K5gz56HvUQvKa65xjFqNtkCn8Jz+que16+77ZWi"
    "q8IUpb74oq74oBfF4mgClGW0taaUnXgWpPMFBtMTdKSj1KWUtdFamnLHbv6+sUaIUCL7yI"
    "hOLlDyN0tQDqFOfDSHH25u0W2Hu9HulIuRtd44UzPyPlDEUsZ8oWUyC2WATFXq9jfI6E69"
    "VHGPs8ywo0DvE0Z7xxONQqX+sfDzlAb7MX8SajRmItd5rYmUfkmaJxTr6KJ1s/i//7pfWz"
    "HOWXr8n2rRW9I7XZjmSBd/JJvE0EBIeve4UGo90g/Itp3Xjq+GE144cPIXDrgBIDj7dZkZ"
    "ITO4SV4manFWydEiHajoOuij2lsd7c5ab+HZdtbdK39pxgdSzSOldm+NsNmeFvs7qplOs1"
    "lEpcSka7qwjD1+3xgrZDoEqo33IofHKXkNFjVtAOXXKyo02y/VCTmCJ/izqc2UKnKrWEqi"
    "iugB9TAjUMkR0hZHi4EGFaZBfm+2nGIi2La1OuQpRQ7WyFhsh4lOYLOrht5hLYAs17TAxa"
    "twyVNo0M5vB7tuGPJHxJ6dyr0mO6BG1HciKTKZ/PdOfOs9okZc4tdTeJEfIHlCzpHSGt3X"
    "oHsIyLB+QlCI8uTqySeLwwFpHf0oogG7WttSVMP0jRfyTiHFQFODAh5MWbw7NPrTqDHtSf"
    "VmNw7QV4GDsNOR8eRk37bEbdqWgxHtRTwDRSqQU0RaIFEbnqQQEikQ7uvUxmGCeB0u0NW5"
    "f+U3g7am7ANPH/QRcscgqHSFROsi95Ap/mOoFPN5zAp8kTWLCMFtJ1QiQ1l/Nx+QnU95Cl"
    "Ik5EetcIxg0leuVFx+qaHtUICYwlrff+fcuXx639uXc1+Hj5Z0tmx1qrW/vPTvsGL6yo7l"
    "jlOnlvvcqHLGNREFBZE+0QTPFP5yJYii2/1K+2womr31FiM6+8lErwRx3tmr0GDjPusY52"
    "fYpSz4p2LVWLcb1NPTJY6gDlv5coqQGbf5n3RWu5rECp+CPNPPa+y+baYq7xKNmDlv/vWE"
    "0BaMliLnKs5vqKGKaxLvAfqqkIx4BhYnVTeP77xbwpdEShNsoLz8kACOS/E1hAVS+6tb2a"
    "jNIn/x1vBfDBHSwO6aNYiTKPXwVjz73BvxJ6j5l+onSJ+KdwRmJqOzYqqFsOHDTu4C2Hok"
    "KIkG3HZqs4CAUmbfqK27901tIQy6uwMMJUqmcYR7YWf2cR/8c1g82A/5r469k7WSljLKoj"
    "YZCK12bUq2SmshTZwh2xrCYeD5vZIXKlDe3rdvfCC+fSMHbj1u5/7N0M/EsiXfzWxhEuvn"
    "T8qzZzfff//k1uvpjNdKdY9N2apHZ65nF61tZ0NvcP067KY03Xru7a1a2KEA7e1d2mjpne"
    "Tc+709xk+OrrZx6ycrNZumX77qkYd49M0cg22+6pw81iQVshEpXVyrKOzDdv8jgy37zJdm"
    "TivZhLZj4vwmHv8SPk7m578P3a711lqISZPfgMc+SS/xHL5IeoJ2xgLjIjovQlGuvFe+jF"
    "tDkc4CxNQ9jlYfb3/wMyuybL"
)
