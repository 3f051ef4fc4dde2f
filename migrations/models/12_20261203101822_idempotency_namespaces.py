from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    # Idempotency keys and external ids belong to their caller's namespace (models.keys). Keys
    # stored before are put in the namespace that made them: each domain's own keys by their
    # prefix and the accounts they move (general callers never move a wallet lot), the demo's
    # by its references, a partner's where it moved its own or its members' accounts, and the
    # rest in the staff's. Creating mutations keep their keys in identity_idempotent_request.
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
        UPDATE "ledger_transfer" SET namespace = 'domain:ledger'
        WHERE code = 'pending_expired' AND idempotency_key LIKE 'ledger:expire:%';
        UPDATE "ledger_transfer" SET namespace = 'domain:demo'
        WHERE reference_type = 'demo' AND reference_id = idempotency_key;
        UPDATE "ledger_transfer" AS t SET namespace = p.namespace
        FROM (SELECT a.id, coalesce(CASE WHEN a.owner LIKE 'partner:%' THEN a.owner END,
                                    'partner:' || c.partner_id) AS namespace
              FROM ledger_account AS a
              LEFT JOIN identity_customer AS c ON a.owner = 'customer:' || c.id
              WHERE a.owner LIKE 'partner:%' OR c.partner_id IS NOT NULL) AS p
        WHERE t.namespace = 'staff' AND p.id = t.debit_account_id;
        ALTER TABLE "ledger_transfer" ENABLE TRIGGER "ledger_transfer_immutable";
        ALTER TABLE "ledger_transfer" ALTER COLUMN "namespace" DROP DEFAULT;
        UPDATE "ledger_account" AS a SET external_id_namespace = CASE
            WHEN a.external_id LIKE 'wallet-lot:%' THEN 'domain:wallet'
            WHEN a.external_id LIKE 'demo:%' AND a.metadata @> '{"demo": true}' THEN 'domain:demo'
            WHEN a.owner LIKE 'partner:%' THEN a.owner
            WHEN c.partner_id IS NOT NULL THEN 'partner:' || c.partner_id
            ELSE 'staff' END
        FROM ledger_account AS b LEFT JOIN identity_customer AS c ON b.owner = 'customer:' || c.id
        WHERE b.id = a.id AND a.external_id IS NOT NULL;
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
    "eJztXftz2kjy/1em+GWdKjaVOI/dI1tbhW2SsHGMz5B93HpLGWAAnYWG0wgT7nv7v3+7Zy"
    "ShJ5ZkHgPW/bAXS+qR6J7p6f5MP/6vNuVDZonnzcGAz2231iD/V7PplME/4rfqpEZns9UN"
    "vODSviWftdhwzByDhp7tC9ehAxxyRC3B4NKQiYFjzlyT23DVnlsWXuQDeNC0x6tLc9v8z5"
    "wZLh8zd8IcuPHnnzX2zWWOTS3DHBr4hWJGBwxfFLpR++svuGDaQ/aNCUXmfRjcgzsD+HD1"
    "zOzOGJnMGkZ+sHpIXjfc5UxeOzPHbdt9L5/Fr+0bA27Np/bq+dnSnXA7IDDVzx8zmznUZf"
    "gG15njz8df5/HL54j6patH1KeHaIZsROeWG2JX31hdqxnGVadndFs9w6gVYPCA2ygc+FQh"
    "GTDGT/j+H6enr179cPri1dsf37z+4Yc3P774sY6ShXvJWz/8rT5mxS01lORZ+0P7qocfxG"
    "EGqAmCF/6WNNSlikpKaMV9KZwE/88n1Ennvv98jP/ww+L897m9TgD+hZUEVrO2vAhqiwl1"
    "yR0MSviIeKujQQZz4fIpTMsFtSwm50sOKU3pN8Ni9tidwJ9vX68RwK/Nm/OPzZuTt6+fRa"
    "Vw5d05lbdQHiv+8wVwrIgAAoJSEvAm+BoB7HQJRJj78vTHHNyFpzLZK+9F+Sv/vwB7/ed3"
    "N79rtZ1w9/TFixzchacyuSvvRbmbuT3kZXfmAFua3RtSL1ww4n86MYfw5gkjwfej1sELA9"
    "QzDvwTtBGfwacPiemSE2+Hv2NL8UwPJRTezMsJT3OR6aSRxFK4bGqA+IvwOkq1EVbv1/qJ"
    "MPofb3Pw+R9vM9mMt6JcHrK+6QpjCnu+YXPXYN8GjA2NgcOGcD3F4uTcYtROZ/7Dg8UE0o"
    "fRtrVfBFe2IJV15mWnc4kjT4X4j6XszZixefXl81kLloOUEjxkuhEbNGRzKr4l+KnYXFA2"
    "Dw9WyaawbAzLnJpuMb8sTvmwh7Yprr/Ylo7aoYcWkoAF1kWaT7x2FQRE1WwvMNs9xQ622R"
    "A/ptB8T9JWM77cjPc5yYWbOvFzCCEgrWRQUut422ippZBCXMnhkXIosRiStJUUyknhnjkC"
    "P7QQ+0NE2vK9JhiMbQ8YsHvaZ44PVVhUuITdMzsvLLoXsUyZSxHJTsrll27nKl0qYZqYWI"
    "bmwCX/I5Yptiae2k+juT1A5pP+3LRc0xbP8bU/bwv0W8Nj5FHEbvL955PPzd/jrvX5ZedM"
    "sgx0ydiRo8gBzpL6Cllm0BRv4QLuuOaUZWqrEGVcNB7pc/8f+pwu5Fdd8AOHHdta1hS0sk"
    "Y0vfbnVrfX/Hwdkc9Fs9fCO6fy6jJ29SQOhwSDkN/avY8E/yT/6ly14mIMnuv9q4bfROcu"
    "B895YdBhCAXyr/pci0g9cr6XF8KKEOl8flQWLcwDYr3MBrFeShALz0lHd6lndYqBSZa/5w"
    "4zx/YntpSMb8M3UjsVRveg58tgoANj+N/+nPKvruarQxfB4XJ0qsHvh1/NlA94A1P/pn0O"
    "Owsyuk8HdwvqDI0Ix/EOP+WxK8Gz0Vsh8fA0xMSj6tisx+E/N8yibrqV4AuH59mNNMPNsw"
    "QjuTw9ncZ4OaU2HcuvxOGQOBr20JKWSHZYRMu3VPLGRhiBbfNghEStB/YQn7t9/q1BuM2I"
    "wxdkBqaSNxQZTKg9BjplQbFh5ObCBJnOXTKmM/E8bktteOjUiA3/B6u575t7iRiNKhxDy3"
    "CMQF6FZBCm2p3rcSTCOHw08GgFcViA4NGJ4XAxweMVxYHBgscoiArvKAw96YRv+DxZC3BE"
    "rej8ay1KV62z0usMPsAWowyMaZ0EYoSVCAqJYA36FMoyeCT8FMptODBB5MWfomogA4BKm+"
    "4b4G4vNNSRsje2xrcL8BVEsDxsNQW7WqGuD6JWK6T3YbiqaRMqBFP4EAFDj/CFTUCkbsOH"
    "jgSh9pD4XBPEZvfMIVPzG3EXnKiXpaBVGx05BazKC0ntN0dFozDZzZww1NfgT/qnS+yO2b"
    "kSJl6uSZh4mUyYwMVThL/+8zrztyammOggXE81OCaFEWYc2FonzHadZVyz5GH/q9Mc3H91"
    "msl8vFW5bk/zqDphxWabAgn7Ni3+3KN8/+nh07vjs23/3qa1dK3QwcBmTTGb4o/ksZ880N"
    "EIm9X5Dv7AunZlAhcl3iCBdfNORkr5f6E9xKwREiwFMafTufyI9DO/jYz6CAtKL2+6Ouer"
    "yQmRbgi07Pk04epFj/t84h0mqYZg/CKmwXXr6qJ99aHhT/tb+7rT7bUu4IJEo2/tXzvtC/"
    "z7nptD/Lv1+3X7Bi+wbzPTUXj1vuzkcIYkfowoYTtEKTdgO+iVwn0glkIu0BeG4tY92Hn9"
    "ZWFFmaQtpSs1C+vRAngMsXa38JhmwsiLjiWn4gYAsjxQpR/jtgOgcq8mxBZhykcZ0+us6E"
    "LmczGzGSS+slTJlN+zKXj9aO1+pVN0hr6SkcOnYPvK4Iwgns3lcEkdTvvXktbzpgdPjZmL"
    "VJ4AM2Q64y6zB0uZbp+sbuQw4A3GW6kZjWIPrmA5pDr5U8WhGNFzAP+elymbftN3Xfy6Sl"
    "WQnnbGe6lKJ4+vbrIrOE+VN4Gp3whVMflOEO7Iv4d8CvKAv1f1TjQsaRJfxQUklUKqs7xK"
    "wttbqQfkYCCqcI2hOWaiENCdpDxCnm9+mqs9sNhmsKKpgiPKx4EdZ928pVTxU26zpTS2Ss"
    "Evm5/mWMuvLFrm02rN+W776sNly7j+2Oy2GkQAry1mzCZUsFs7HUMzVpc56M3gHuJpq3uI"
    "qoVDcPePpCHKxeeuIRi8eJhy2pKNRScpjwhjOX35+ofXP756+zpQW8GVddoqqZmS3kn+PT"
    "hOeXwl3TavmyK+XyluV+XzMtVHsnxeVQOgqgGw9/36SR6PpMJWRdNQjCpCfpNJcqWlkUZd"
    "CaO0MKqCGDtxHkLgeKHZHqU7Iq9hvyezVUGSTRYkyVTuG2Dw8YUlxjmctqHlYHTUKqk4nY"
    "PTqYZcDlZnppFXMRwJHkc3rF1VMPLfmhGdWLyWUUrs7nHIq3Bdo5nZ43fMrqXVNPLv1deF"
    "ZphDZrumuzTozDTc4PmN9nuqagTpYnTVSZWjta8crZnDRua3IhxeUejM45qYYP6my4nLLI"
    "tIHSIInVGnVC+sLRwN4RcZEyomRZgfpTq6nM9dHqamM3j3B6iwDZoFwXEkwQglwYRfhHn/"
    "E/qgsgY2o2IU+wUBw+8daV63MY5MkCldEpvnVDNHhplXRyMZi++4ck4jaDAVrjEXpeQepz"
    "2Ytf8kz8Qcdg/mRxk5RykrKessZeHS0ajwoUOYqjpa29SZg+TqBjDELo7zRRz1qUN4BkYw"
    "xPNm97x50dpXjaQzat+t6X0evl3PhYn1gaJQG/RaM2gH/Z0gSB5kDvWXpDthfUpUEe76qv"
    "rRhFtD+Tx+7zsyAJfzez6HG2NOOBgy4FLHLdxtvefWvmeOCeweYh3xNeXAg6bXXj1wfGNV"
    "DFwfTVdfA/QpYSUEsKZJrE+gNQzVvpFFw05fk6E59np0Fs5eyeOrn2b76qcJX10tOqMouB"
    "oj05nxOiUK+dqrhOEcI60sZ50t50BYabn72asqRrZD5LEo7LiYcBJsxaZbJ1TIFBo6x8xj"
    "i49VmqSXRSkaRNpkjZ/M4c9l9N7m0eAKocpm/fEiVDGzsEAUb5Sw8ms35df6jN2Aa3seGu"
    "rARJE7Bik6DYs6tyG2g3NloHOVsgwKlP07h2E680Oc/GsjXLYFAAQzNMX7D8/eHK5/eN3k"
    "cftnsAtzWznbQRHjE74AoZGv/mByf/76DMuXOhw27iF665TgUTk+xx38G7f5GUyMEXemKc"
    "WTt/mmKnZHYyVfX+PST3nftAo5mCsKfUMbai/+8c3/Xxmr9uXLPCfvL7NP3l/GrVr9Y6SK"
    "eho6ee+HlY6PN817czinVlHvjtpkRYzKmBKLjeGfnm4/oWTApzNqL0uVvdlCxMmUmlaRiR"
    "8QHF/68embPM4yPJU99d8k3GVbGoLUKpjqFSPbCLO3oslfvvheorLE/2LSvpCFi8MroQ4a"
    "O+Mxfz3osQ1Y1B7PwQQtq6zC9DtUWCNaVFG9b+JAt3brqkFYqei3POX2s6vtV8X2K1gJhv"
    "DcluL5mRE6jfMza9IV85wzVShvyvD4Fnw0UwRnvcQU7+ToZORVzfPdt+9kE52cC1QHXMr7"
    "sRuApa5XIz09WeZO/IqshMKJXyu5hUMiHgluxeIxDkzdZgJckQgvL275kSigN2W6qyD0Y2"
    "SWy2fGfPZIXvX47MvsWDk0ZLCxmo9ddxdqlGNlUgW95+ESd4bMeSSLOjjGMTGoZH7zAg/h"
    "06qlFk5s/i0YSQtTZjMcLXGA4+90a85xQpthgeMcI5TIVSU5P72DkmNNwi2JZVbJtjthcx"
    "VeVeFgm8DBNEr81U3qByLlXNGtVZ7nU5F0lef5FKRcRcXqdvpQRcXWChwePDIqdpsRn22/"
    "qZJ7ozr91FIgg+RD9VygQdCxyTWcEGGeJFA0srEds0dHpnTIvJBNm4Q6QWEdkzr8Z+YS05"
    "ZZmkFfrKAPluqXJbxQsnga6HbedGvD44SOYVbAOGLBHEEWE+rKB0amAy/yX+g5FOTkq8du"
    "n3/PQ2//+ixnm7y01ngVlqIllvJU+tXp2IeuYO+54+03t5VSfXyGDPFg4rw8jhDpzGkZoI"
    "CtT/HvBoYdDFhwlLP/qV01+9s5wwV8b5nW5CsynV0TOd/NIcaRBiZMzHjJOfP30xKwgnqf"
    "CNSbcFj341P5AXUpnlQo1i6H/xSK8cvhNNmEO2Nqm0LuS7BKKXoqLhvjhBTKpWm5rE+dBr"
    "gvGCInVvlvWPlDprqtAuxESvLcdt5RnQYfsAdT1Hk5UrOiSugqY1l8buGPv+o1CCiDwYTa"
    "7q39sdNrXTbIhLvMurWb7ZvL9lWrQajpWKbNbu32VffLTesGFIwt5g5zbu1u87LVNZofWj"
    "iQoBae08EPhLHOmlefjLOb5tX5x4Ys82X0HeDWpIylvvmzfhO+c+Ca92k9HTi3GLUzlFiY"
    "LibfPhBuS8C+gtvtccVZp3MZMTrO2jFFdfXl81kLeC9ZDw+ZbmUKVqZgXlMweaqxoXBzbQ"
    "4NtcioiMNvj2SyZ0l/UsDcgS22fLkP6RVVizCpSDHVnVWid+X0CmppwNxStbdwxi0JqKHB"
    "xCunid7F6im/U7CmtVNCEzLb8fOma37fz/CQ51wlVAJWeQX+68QypyaeLWFzETyZGnBQ5O"
    "QE+B+grer06hm6awsqyBjMCju1bMpmR698vsrnOzzFXbU52lSbI9l/RKMmR/A9haOuwzRV"
    "zPWD5yRqf0gyGHvXpzN4RRH3uMyBS/4HG5DY2jlJ7afR3B7IPaw/Ny3XtMVzfN/Pte0ahW"
    "nsRg5FnC2fzSefm7/HJXB+2TmLe1E4wFmGM1ysBGyUSmuFI+u9DlwufR5wbsRc1oLV45S2"
    "giKyWX9cUEQVmf4UY5aryPSnIOU9FtbRTmvrEJe+j6o4ugliRyVttomldUFUbfsc/qilYG"
    "mhu/VcWJoAAsO0gSUeSQ4wjdvse9SvBImIYF5noM/dhooBp+C9ohMLJiW6gHVyTy2MkYJJ"
    "VfcATnB4HZdIbZ2Cp23+BRWkprHSqq+B1PZffTipsvYHPGy+3CSusMLgToRIZz9XG3yHui"
    "6bztLqBmXqkTDJ7qygF9vVJqcvX//w+sdXb18HSiS4sk53VOEKT9SJqKoSPAkxl4R9DhHx"
    "qaHFjWCrarNRxxLtDpOJMjlTBQ5d8JqEoq8CQNL8qHB0SB43SratnYviTV0mnOCMEP6EkN"
    "EfQiy4M2zEA43kW+okFiJy8tX7t5cIm9HTZfMvqpyqA3WqdtxyQTMR7KLjQhUHss3Yf19v"
    "FXZcE4QVx/Nx3OFZIMzD2RY+7Q67UagYO+7UCtpmnd+uMHtCNjy7tZsXn9tXDUKHU9O+tT"
    "vXrZtmr4O3vdExh+L8k9F5/7593sIcisGdwUcjc8Bu7e6X6+vODeZczGczrkskT5VVseOs"
    "ivXdXLIOsw+kg4sMIsHFAbah/9FefLwpPLsTX4V2ZLkOLz/mWAA/Zs7/H+PTfwRWDHiM3p"
    "lHETAuhVJbTK62cLg9Dox7afBT4oAHVsRE3RhSZ/EBHtnPwVFKsTkfiOuI0R6Ml/8kUZwK"
    "k81eVMcbt3X8DZR2kZfzZENEjkiGO4ouiRVEf2SyYHNm9nCYA1SquVIFHXZvsgXsLTvv3b"
    "KjmY3ALp3NHH7Phuow4d9s4BYI595LSuA5nY8nbkviimmdOEK36+sQeJu75mgJwsXnjQCn"
    "zFUTRj4toW+wM6lFup9712RA3cGEIRsHzESWngzZPbP4bIphSFinxWXCFc/qGIVkwhXHwc"
    "dSC8Js/AUV4n6giDtOBGPk8GkRICBCdHxtvreBvIOdCpYrGLciLZuqx75lzPY4nc64cK0H"
    "CoXZUmcwMFBAkZgzE5SHqGMr4yn9XjAwMfLXnlvnjLR+70X8kER2VeCLXHauPviPx1OuYs"
    "lu8z5uUUXkEyI5goWwa4ZPYV7DNlywAXiUamfBlDtSP69yHZO8WnNM8ip5TDIBLz+1Rkr2"
    "zA6RVDO78Mzu82FKimY2t/3nK1YXZjW6sML8b8pRRnYZ1xCJzok8tbMllmjkI2mre3oPzW"
    "/fRt8Pcu6/vVSiXIS0QlR1R1Q1CYpTfnd3qpiX6pTjzXp+l1x4j1cNMZ+e01vl7mw1d8cF"
    "M6eQk+s9r7Nzq635Ux1uVlvxTrdiCX5/VrZo2m4cuZ9nQ5ZotDENUTwIkndspkDsOprC2N"
    "ddJi6glQyUtqCqCJDf/QC2fCEPHiSMLfN26chlDjJDYAovtVXVmXcJtHxrb7q1sR+VbLWD"
    "g0lC2ZfKnTtU1tp6Rqb0Dsx/vz+VB9v3GVk4pusyWyYW58Tf/8TalO5cCgCsCbj7Z7zHmX"
    "959aANitnw8v1QTfxVGTRaGjT77IykU8z8NiKM99rI8uGj2mOd7GlHJ0XmeJRKX1ithrp1"
    "CZsHU5tKUNh5QmEz4CQ4OdbiGOtwwoZ3p3TycDmbx0nfaYr5boU4HKY5Qg5voapl1kFfNo"
    "/3ctC3MxZv5dBJ/zOQI4IBVkZ7mVSoFfUOd0p4dM78aZB7v/znl9aX1kWDKOpbu6s6yMjW"
    "Me+b7Uu8p7Ii4N6n9vU1XhB35myW+7hky8lOVc2VTWdyYJVN5jg8JUI4W91EqfS1ELVVOR"
    "XymD3Djwt5jGw02Bq+uMhDZFWylM7JUnHMr6CcU8gPRt61pmdVBKEWplAYLga7onuOkKvX"
    "bwmxV8R5TXTTXRIyZp7UdGG2+uVlKmFFSQ9nmvzmgzViwdiMoCFBxvReTgeXE0oW3Lljzj"
    "vSt6h9pw4AJPCvlsXTmyQDi4IAS1kKEcoDmyL+RIBJwe+8yQHqZPhOpXJ5N6nFbeYdLqnD"
    "Hj53B3wK3yCTLhAURC7APJsJJvzpRBYTcHLISfCSocmGz57G3NLkJLQ5H5puy3ad1PZhob"
    "v1daegFJ8zWPDgNgOS/qzJw8fwaV/Q9it8MZoJ6F+tTgC1PQEsrlkPzfeqBUckq0Z1woV5"
    "+hStrmAV54WvAwKdwVXVPrPxkzn8uU5CzRS9K8+fJ5IZ93N8IJlpZDf6XiMC4xBafJcNJN"
    "w8UipZVrRqXZTqCBm9ldOa4y+XEe6ojGFb9rhOzBEY2cucamUv4Q8R+yzvEogQHeEK2EoX"
    "T9OezVPMqOxWhwGBHp0O8bVFOx2qWmnOeD5VebqCDRzmCjKl4m4DhtVWmiDCLfxpBZbDik"
    "LntSBlIeaDAROC4BfKcFDEAbzW7vKwCi76PXG0WDXDudI0xrTIgWaMSuckvJ0ea2qCbPzG"
    "+hPO75oeYJmCbsSeqK9DONg9KhdjoUiMEAyaL9L7Y6937YOnGGlNCbzCvGfOsuEVMRn7G7"
    "tQcdfoR2DppJTyJ5sYsMr8OlCYhNnDGYdPKmzlxgi3pa+OVSKh48X5tJ9WyS2T8yuCapNI"
    "4aeK3Ara5OVkaoxKY69tb4zNiCda04vgUaFEunEzYji+yWU4vlljOL5JGo7S0mVDlqaJ19"
    "X8jtDtsOb3fuJHNljzu7LUq6ZvVSTc5iLhfJ+hsDEZIzymJbXfOsE+Y5PiKFwo2PNvL0Ij"
    "HphE/van3QNVf2OzUaum0p4UzueO4Kn90KIP1AugEIMVyYMgxEe+gFsKhBuaYuZVSp3ISk"
    "x06Aft9Pk3cmK6xILxhWy7gmE6IH4k5w7BHC1ZCdF0RUpLtK295RFwxX47RmmUW/wqT57f"
    "q+xEv1dept8abALnZ3FgIkR1NJkh+9hF9qrggm0mW8WFd6LcSi68IeasqoEDYKAiBiX6qF"
    "eDeHaq18reGxb+pi6ZglWloqG9s4sR/MRlOvC60dFT1NqfcaAuWB5/VQCtLkvvWJRgiRM+"
    "iw3HzDHoYMDn8MXyu5+bxco47hiwRaiwdIu9gHiH6XUzUAHIxoKiuW5dXbSvPjSIR39rX7"
    "Qu27+2bjB/NFBJ8RzTUsewVUap7oBOIO8SkE6c9mCSFp5kulsF3WUvquOF7nQ/B3560J3P"
    "2M1Bd63QiAcmkbzQXWw26gjdBVLI9mzDgsrt2Ybny8Oe7W/gH7JVjzWyoDAWwQKMnikuvi"
    "ODCbXHTJDrTrfHhs8JdjPBvqogKC8s0s/1FS5MyWEjpZHV1l50a8OlIZMdl4JsZHjauVcd"
    "4xQZVpPEcKWv6m9DUMv9Sk6+evxWLHzusVB8fTQ6WPnK+/SV505K39psaNZ7XOcI2JLY7O"
    "mLvIUf11Z+TEYorFZREUbHyI6Q4ZtPqaoawO84GKTye7Ln+vH6PXtM8tJOyjp4PftobKyb"
    "IPI6O4/sTrxNX+eSp/o3eHmtT7OgFvwEw+I53ZgmEWB1MJWyoIgxHQh8BNNtwCV1vOC7Gq"
    "rKyJQupS8x5sRmY4p75XPS9KhlcAG3E9lE23vTrT2j5pDAT35HZGvrsQMuEr5nBl4Nx19K"
    "Le9F6AZRfBRvow/FF3adLEx3gtV02LeZ6WSeBFYujC7qb50Lk51D//DZ0iFk0teum+2LBs"
    "Epf2tf33Q+d3rtzlXzshGe7XqcIR1bD4FaqJNGw1NCspBEQyogL6VSap/vZB+OcmLIlVH5"
    "dk1G5duE2ykVGxNlKqpFKA/m4KkWVv2g7nGjsHLK40CM81xnUUp8pUrpRSgPR/BBTR+1mZ"
    "N/8z4W1Zu5Kdjq8cu/8smz1e7x+uSeE1DUEI2QVR556fgmPxarKP+jdJsRwBPxCNYAImpW"
    "b+IQOBjowFZBXjgksv4LoyGhQw6MdzMQXEkJHzvziN9/umFWVkEhj+NdHAhhqCNi+t9J1C"
    "ihOZJc69isx+E/OadqczXOQSmMvDM1qinzTNVHgXFyHtZS4Dh1o54DkBPBkzkguRldToMa"
    "4T5YVsdej6qvI/zpKA/znQSx5FKThX28WiMyQIAMHbaQYyQj57f0jjzlYiNaJmRl/iX7R4"
    "b+rgA2PQG2I0N1Sh5YbwWnodN09b/WagxoKpO9tMmOvR1LWu0JUp3FIAvCJU5aWLAbLFQy"
    "VU7gci+iqiCNbIEcL6ThsNEcmFpG7DHSg4Eyn2TyRAVdVdiJTmLYNXZSoSZ5UZMNu/eSYV"
    "kuvs/NfG6+hL5y+frZfEnNRFejqzkGDniVhK6VHq2vcZorx25fjp1DbTEqEZ8aI6xEUFoE"
    "nqYqxP0VTcX40owPbxf5WR+mqpi/KUs6wP8faUgHJw4HJoS8dnR49kXM6PNm97x50arFVc"
    "sGeOoFVR8pR1eqVKsAd88jTMvhDXzFB83tlX+a51htMBcun8pjLT8a3JZloxQgqs65HL7A"
    "IHF1xjW4U3Ho3Bli3X68GESuy5kq0o7WtvaeKihdY+W/zvxXgi9ybLai2GGdo/bNTW1bct"
    "hyrHl1KpDN+uM9FfA1bWEjN0ZYxdptp85lxFJ7JKx5XFZa0lHbBOp7TAxaFyfnL98kywoG"
    "yp2HBjqo5Z7X+o8punSXanNWfY/PvsxqKUa9upHHpnf5bD7LZ9Jj/Vc/csGdOHw+nhBK+t"
    "S+I2MQ5IIuwfJ2OVwLmeTqNenFZB8zWCpiH2O/OWTTGXeZPVhiF2IV8+aNjvcdNmIOwxkb"
    "x/X/9BrsyDfNhlWQ3P73wXUGf0imZRJRQ+Ra56J2m5+bVw0iKCiEW/tz6/Ky2WuQKYMPyZ"
    "lstfU6pkd78FJzTBiFyK6qWKU/J7/3VvF3nmLg5C/5O08rK7tNX9hzCwv6w7Xzmxb4RRdB"
    "AfJb+6Z10b5pncuLiAY5bCCv/9q6ab//Q9YHvmeOOVrKCsHn+Lg/wNCUT543r85hacmLyC"
    "DYchJVg2/t1u/XbVlZ2MvcxDfDO7rqvfAKoUttYYlyFXbZwlQad5eTEZbyW8GKQICPz76f"
    "z9CyEH5vcHLyHVwlcBUr68Gd757pvHjjRkvqKs4yKhKkWu9nMvXBMpmfwF8n6o1kBuIMOx"
    "1a9El2+R0r1MM9INihHi2qQLtoS3yH6wa+tU4+S1sC/r5ho3Yp/XWat5LfukJ+cdb7ijzJ"
    "/eze7mGaA27vvpD1SOVK8RYEeEFYLxTbbswdkMcUHCA+rBPPMM4lszUi2lLHd9/TKrB+Ik"
    "Qa9+SUegw9V1g3ngILPh0LH4Uj/k/8BQcL7Go+Da24LrXYjU/WHubdo3ag9+CxQnILCPTV"
    "e2UPUrbB3wHCQBYV7usiTI5S6cvpGn4jOExzhwzNsawBNvJyHh1QWjYHs80ekyl3EjXM8k"
    "gkTx3T7DKmiSqmmIiJ0JxRxpFNIdbdclZfquRhUXOKovB/BhFYZgk3G1lv6STQVO9Nm1pN"
    "SfmsTgYTNkCfmI5BRETWg5EOljmQEDqeujsMRJrbHdqL1a0+GVG+EoJPIdZZ8AuMffD3LO"
    "J/vM7SQad77rCMJunZSjJOp6+aLLkhbb6Os88yh1HBC7k7ScqjY/erXPv/qzX7/6uU/V8i"
    "T0bp0Ol0eo0VkJaHC1Vsy9OObQmd8hWUepSykrouUvd5FBJ7IhRkwKczPJ8vtdpjtFWmsz"
    "6C1j12bd8rWoccjeyoosIpBY+JK9JjjT0qsqhYzrNqIpWyCAqEv8n4ohYOdEQs32rWc4hj"
    "WfFaAT/zBW2p5sPy+XyNwb+pvmWq/n7g/9M+n7uEeiendUJlobEJfANIdfiO2HiY7bU8G2"
    "Y0Bd/UyFXGhcaqvE6ecBuAXudT66qhjkkxROTy8qx5/qkRgKV+gIkfXRKEgwTRILd2++qf"
    "X9o38Ihp/2duOks//MQPPvGDSvyYklInQJtP9SiIuemPtYXP66gtFqiEvI/eP/4m5tMpdQ"
    "qFfYRINGa6RJ3xNEGF0GEsjmI+G9ZJ3zHZKG/HgKgI3uTC5N6sweTeJDG54t5g5f3r5RTm"
    "wXzAMDHAjipegjBEVvmDm/IHFVs34A0GyQ8HJoW8rmBk/uVIMdlZkvkFgwVqpjo4/q083s"
    "0w9GyOPHPpa3g08P8DizoqRDstd+RdEOhLOEyiOvyXjPA8m8BnOfyeWmkp5tt4RZ4EFpm0"
    "siY1xa9IVXlE+nlEe6zbvMWAEW/y42wPRRuX7r61jXiqY89BycnovZydoqIsiwP4tFqvAU"
    "y6aqucKzOegnVrd2HzvcELgg7xa2/tXuuXprzisn9TeaXbum5+hCfYjE5u7U+t7scmzOZ/"
    "waB3TEzoPXX+iyM3u58w12sK3hIme9203iOVA98JVNedbs84a159ahA0iQ1kHb49nB523b"
    "zptvHvGXWEqa50mzcfmrKdoaDOmGIay4ePvRZ8NvzoX9vwMBtPXAZfDzbzvQk03fZVE4aE"
    "7Qv+/bH58aaBfUUnzq3d/KN5ddGCb6JL8OUYfNVF648GKAiJfXSbkjFgq1PJmU/AhffNG3"
    "zFHfBhRB05evPmc/MPHAS+Z0qXOMonyY/P8Ol4/U5yZArfj/d6nW6rZfSazV87EowRDDZQ"
    "Su8VVF04muM0TzDHaXYsx2lc9XgmAgM7KiV0Bh3IdPUTp1vnRmq0GOSGQFULiym32XIVLW"
    "jaEu/1baV84lkjDnQXU+KS72A4AzRLv1i5lxRSrbWOzWF1WKZgwwYBE7/d9mNpEUUZ0Jnp"
    "wlswmJaIGR0wgc0xh1RMWN7NYtug1uElJEZmbgFRXbTOL5syMdAfAVTlb812r331AYjOO1"
    "cXRvP6+qbzKzaRpQtqujgRBQORDA3fQwAa+QyOo66pDMNfgszGf8u8Rl3UnvqlRr+QzRsj"
    "03oF+o6ZbECLywsm5Wgk/9JjiY1MBwwBb64UUoZJSp1zbXTje2ThFmN8CmnF+fyc93VgQa"
    "0TI6s4XoLjWcHhPfYtw8FOIdWY8xuJkGv93oucgyTyKIOzkMvO1Qf/8XhyZVqsOLDxkdHi"
    "yRE0jhevrQp0etCqzhBIFT6eLZDjPUqMGFFlhJ86QBVSrHNIMfgvZrkeWVHKg5FyzZ+e6A"
    "AVc0GPSe5VKLluoQNVKHlojW09lLxQCEHYexgw+FEpS8aj9IuJPhx+7kUT3KxG1EI/biYC"
    "vXjAhc+H7LiLEKfyhl8YIXk9HIbRm2DRE0lAzCl8LaFBwMQidBAgQ8RXRQNcTvr46C/XrQ"
    "91cn31AXeW31j/OhmFsZU3VAHnGiv8+prwCvgol9muYmRCDuuik6N0OoPOZZPUN47ve0xL"
    "m+82dZZrOZ3C5P7SVQdTB8bmdZPYq4MVmK/AzbP2VfPmj3S05yylbtbZH71WM44um/9Nmd"
    "7ZzaS8x3W2LFfiz61rTl++/uH1j6/evg5UTHBlnWZJKYw6oadv3hbC6AOKI9QUm0eIK/Ar"
    "m/XHC375FmNRkyhKV3UF2U5XkKS7lpBcUmwFGzuEwrsPSmB5XeboTN12W4dzKiadeao/59"
    "+q53DkBvCswecFUoTRdRrCD6fWc9LG8CJVHs4UZAIfTvpLcKSw8QmWifPPj8jI4dNoDzUZ"
    "AWZxF50vuJFw5bb3qlt7RpfwkwWB1YIxhmNCBwM5ckDrMJh4wiXcfif/nnB4H7wXlSK6j1"
    "jBLshhxkLSGGV1a99zhGzVbXkwi45k8JzDRnPBNhrYj80qYmTep1fNKPatfutrXNMq/nzX"
    "sjjoQMNgTdcKCuOm9c8vYLmpcEBvjPS4wW7rCmPSwRvHIPC2DAA3U+MJ430Ocsp6yynoR5"
    "pLE5S+1zWTZrXdFA2xitJpnZXOVz1diOnKqHVZGXeOnWQtPibIDSELPTBHNIj2kaBBcPsM"
    "jBLzWxHBpZDuUHat3tn3552iEkRhmajRLXVqhEah/HosNI0x8v6PgmVGQoVvsWD+N9+giy"
    "rhvQOuoLiBkdOk6LID7EIkWi+3JexDrmtJecD6ksXB5VbzjoASdJdKHphmC+Kyec5Qr13H"
    "4aHPUD4GL41aa7tPdjCIO2P4K+SFoI64zpahzJMrLbE0ao0jJrX0mELF1sGVLi+LNOpKFm"
    "VloSx/+NTSQd1RWn03H22DuhVkZZTqkZNGq68IwpW30lrkeGDl/m1o/MbC3QYiRIchBGl/"
    "eTXQVLnGx0li86ZwBPJMCGP9mWKctjpVPKRTRYfdm2xRUvAR0oMJsH6SYfSIS5aQcYiskq"
    "/e8gV/v9QyjlIejJRr8lCSOx6wEQadHo9mHJr0pVHkncEWdvVSiHXGSTR39frUHUxKyGBF"
    "VbnZpbNCq5yhfYsgMAr7y8JSSNJqvBTUoVZKqh7RL3O6SuraaVJX1s68AR6fwXDN1WhHyu"
    "YUiyQHq0PqYwOc7uKB8xeRazofisbJy/+kIs4108GE2QDjryUuduaPpgXrtzDDV/bedlND"
    "C0bFhrmfEhkbE86D0bEech7MjYcjZDH29nsZXIrYgxdxqsI//WDP+qoFztjh89n3q9BVcA"
    "UR6Wbf4B0W1kzkghGHLxLxdNt6z619csdmLga4LBzTdZldJ4JjFiVf2Ban4KhaCwx3HZv3"
    "TAXBCGAxkfk6z6p0Sf1t3eyYVJwVhvwjIYR1heFCRDpH05VMf9pKzFxmrmT2MWp2pqRWXP"
    "bOjUBdSiUDyoNh2VepfJVOfY4ZB6i4nqtNBB97POK1lTpa6UZvthd+COHZRXXSxtIqXe5S"
    "q5h6D0h0Zih2VvJPp1WEk6gT0ybah8FXaZjZAjneA1Mx70/Rrit11BKjPZzDlmi+FrjmYO"
    "MWdzx1l3/mWUuBRNCQfvAyAx/ZBTaUjKjFXHi0L7zVDrAdZyhdpoTnqm7U1/msfdPCkGmD"
    "B4/maIwU6kwk6XAro2Tm8OF84L6TsfHgF2LqIy4fiw/Av8QmffJhIe+DkzxlcttzQMCLlG"
    "1vW++5tbG2PaZV2kPxnHydMcfkw6/+KKpwv785yzAmeeqqHiMnL4D93Gbq4pK5ef3XRMql"
    "n4lZNV3Sxs7JdnNnjpkWPrk2stsn0doQlRYnTm5vggdpSt4qIwPYSlTqhFxVuRNZ9mOeLg"
    "dWBhLxcJJmQKy9r+zJBtSi/OYy4tlyYuUBpssGHTO8LaNWUDBBL47r5h+fZV5sfMRbu3ne"
    "a//agjsD17xn8ZzYW7v7pXvdurrAS2IuMDEGr543r85bl/LBAfLLKpk/e5onmvk0O5r5NB"
    "HNLI1G+HUpmpFzi1E7Iyk9RBYv4QV02xJxcGXHJbw6ncuIoX/WjgNJXz6ftWCFSc7DQ6ab"
    "od+Uji4AL60IdrcLvSih0eJ21jvygvTZiDtMbkayhnWhjWdjEJT6HgNUklPY943THozv+y"
    "TDSUG1TrhTAuKIEB6MjBHf8JbXYO44eCDozG10fNS0FbAAx9QmJ8EC9J2pul+gBpg/n8rx"
    "lGcW7FnKGHnWIIwOJr7rBHcEPLSYwM4QcrOm3HYncGPkMpUnL48OX72E98HCWSprFP98Gr"
    "BLyowsrPUTdDrHlKkUYDlDpPOuZh3F7KHQstqb4odZW1Lte5SHoxCQRFar4DYz+Gj09Bac"
    "xIhEqbygEOFOJL4BDGaFcNvsm+svQlOQ4Zy9k+Mpz1LiXWbOc6ljmg7ols0dlpnAvCbCIU"
    "Gpb9pmySCHN7mCHN6sCXJ4kwxyUI5wwapAEaKj4/MWOjoqfpVoJRQmPJh97Uk6MzZ3zQEr"
    "bjom6HQ3HWGvWpmPvqOifgU5EWBAuvAqCz0Wz3tBimeysQOYOvsxLR02RU44whCpEV1rsk"
    "XihPrCOv63khlHPvonaiF5zagQmMVoD8kE/pMf1dx08XbfbS0V3hClrbSizloxgM/LBDDF"
    "aCtJay3pKlDtCQaqzWfDklKPUlZS10XqKYvd+/oqBVqjwAsvIqF4+cMIXSWAKsX5MFKcvX"
    "m7AfZer0Y6Uu5G13jhzM9IOUMZy5miYgrEFsug2OtVjM+RcH37EcY+z7ICjUM8zRlvHA61"
    "ytdHxkMO8LTZi3hTUSOx/i11bPMi80zROSdf5ZONn+T//dz4SY3y89dkL9AtvSO1c4tigb"
    "fzKbxNBgSHr3uFBo20ti5VqLCeocKHEKN1QDmAx9v1RsuJHYJFUa8ZBVukRIg2cxa3DZ1S"
    "W+lxpb+/E9ggpUHStXhOXDoWVJ0rCfztmiTwt1mNU4pKJUZWSi47PNNRLVGS/WvqxJQJQM"
    "wR3JabcinBbCM7Hz+mBOwUIjtCzOlwMaa00CBMGCtZNDhCWh0c6C/nEiE/CcKji0TZSsRP"
    "2NvJb+BFfKfKxNsQahgkAT8S0wryjg9MCHkRrfDs06uSmQcmplUxW+GMD6MzIXjzYVymy6"
    "fMnciOuEHGNiaqKVu6LkO5icyGDUqcyIRT72UqhzEJxWxu2Kq4mMbqqL4GSsH/N0a0yC4c"
    "ItE5jbfkDnyaawc+XbMDnyZ3YMkyVsjWCZFUXM7H5SdQQUAlo5/IBJIBjBtKJXmW01Gvqg"
    "ZsR0jgLBmd9+8bvjxu7c+dq97Hyz8aKv/OWt7af7SaN3hhyahjlesVvPE6AipRPmXZrE0v"
    "D4h2mFzu784FhGLa6kv9eg6CuPSOEZt7BWzyiWA3medVPF32GjjMyKoqnu4pSj0rnq5Utb"
    "eVmnpkOMYByn8vcRhNBiZhapFy7059nXdPV8885NRns2HDzvRT8aQfeRye7SPfwwo0iyHV"
    "IRKdjday3tubN3m8tzdvsr03vBezQ2FRFeCw9/gRcne3pc1/6XauMqzKzNLmQ3Pgkv8Ryx"
    "QaecmbOEpDZkQsiES98nhp8phpgAOcpZ0A7BKs/vv/AeNE4wQ="
)
