from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "wallet_deposit" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(100) NOT NULL,
    "amount" BIGINT NOT NULL,
    "bank" VARCHAR(32) NOT NULL,
    "deposited_on" DATE NOT NULL,
    "tracking_number" VARCHAR(64) NOT NULL,
    "status" VARCHAR(32) NOT NULL,
    "declared_by" VARCHAR(64) NOT NULL,
    "first_approver" VARCHAR(64),
    "second_approver" VARCHAR(64),
    "rejected_by" VARCHAR(64),
    "rejected_reason" TEXT,
    "credited_transfer_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "first_approved_at" TIMESTAMPTZ,
    "decided_at" TIMESTAMPTZ,
    "customer_id" BIGINT NOT NULL REFERENCES "identity_customer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_wallet_depo_custome_c3c9b5" UNIQUE ("customer_id", "key")
);
CREATE INDEX IF NOT EXISTS "idx_wallet_depo_status_f4eb57" ON "wallet_deposit" ("status", "id");
COMMENT ON COLUMN "wallet_deposit"."key" IS 'the declarer''s idempotency key';
COMMENT ON COLUMN "wallet_deposit"."amount" IS 'rials';
COMMENT ON COLUMN "wallet_deposit"."bank" IS 'MELLI: melli\nMELLAT: mellat\nSADERAT: saderat\nTEJARAT: tejarat\nSEPAH: sepah\nKESHAVARZI: keshavarzi\nMASKAN: maskan\nREFAH: refah\nPOST_BANK: post_bank\nSAMAN: saman\nPARSIAN: parsian\nPASARGAD: pasargad\nEGHTESAD_NOVIN: eghtesad_novin\nSINA: sina\nSHAHR: shahr\nAYANDEH: ayandeh\nDEY: dey\nRESALAT: resalat\nKARAFARIN: karafarin\nSARMAYEH: sarmayeh\nKHAVARMIANEH: khavarmianeh\nTOSEE_TAAVON: tosee_taavon';
COMMENT ON COLUMN "wallet_deposit"."deposited_on" IS 'the day the money was paid in, as declared';
COMMENT ON COLUMN "wallet_deposit"."tracking_number" IS 'normalised: ASCII digits and capitals, no spaces or dashes';
COMMENT ON COLUMN "wallet_deposit"."status" IS 'DECLARED: declared\nAWAITING_SECOND_APPROVAL: awaiting_second_approval\nAPPROVED: approved\nREJECTED: rejected';
COMMENT ON COLUMN "wallet_deposit"."declared_by" IS 'customer:<id> or staff:<id>';
COMMENT ON COLUMN "wallet_deposit"."first_approver" IS 'staff:<id>';
COMMENT ON COLUMN "wallet_deposit"."second_approver" IS 'staff:<id>';
COMMENT ON COLUMN "wallet_deposit"."rejected_by" IS 'staff:<id>';
COMMENT ON COLUMN "wallet_deposit"."credited_transfer_id" IS 'the wallet credit';
COMMENT ON COLUMN "wallet_deposit"."decided_at" IS 'approved or rejected';
COMMENT ON TABLE "wallet_deposit" IS 'A bank deposit declared for a customer''s wallet; credited once, on final approval.';
        CREATE TABLE IF NOT EXISTS "wallet_deposit_receipt" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "content_type" VARCHAR(32) NOT NULL,
    "content" BYTEA NOT NULL,
    "size" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "deposit_id" BIGINT NOT NULL UNIQUE REFERENCES "wallet_deposit" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "wallet_deposit_receipt"."size" IS 'bytes';
COMMENT ON TABLE "wallet_deposit_receipt" IS 'The receipt image a deposit was declared with, checked to be a JPEG, PNG or WebP.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "wallet_deposit";
        DROP TABLE IF EXISTS "wallet_deposit_receipt";"""


MODELS_STATE = (
    "eJztXWuTmzjW/isqf5lMlSeVdC6Tcba2iu52Ek+67X5tz23TU0Q2ss00SF6E2/Huzn9/JX"
    "ExYKCBxrZMaz5k2sARcI50OOc5F/23ZRMDWfS5Np2SFXZbHfDfFoY2Yn8kT7VBCy6X2xP8"
    "gAsnlrjWQsYcOTqMXDuhrgOnfMgZtChihwxEp465dE2C2VG8six+kEzZhSaebw+tsPnvFd"
    "JdMkfuAjnsxJc/2WETG+gbovznl+CGpsHvNWUP1PqTX7O802cmsozYi3gXieO6u1mKY+fm"
    "vIfdD+Ja/hQTfUqslY231y837oLgkMD0XmuOMHKgi/gdXGfFX4s/tc+H4E29N9he4j16hM"
    "ZAM7iy3AgbJvr2WEvX+4OxPuqOdb1VgnFTgjnT2aNSwYA5f4Qffjo7e/Xqx7MXr96+e/P6"
    "xx/fvHvxrs0lxs7tnvrxb+9httzyhhI8633s9cf8gQiTrCd4fuBvQQNd6FEJCW25L4Szw/"
    "+LBXTSuR9cn+A/e7Ek/wNu5wkgOLCVwHY2VhdBa72ALrhjgwIyA/6s74DpirrEZtNyDS0L"
    "iflSQEo2/KZbCM/dBfv59nWOAH7VhheftOGzt6+/j0uh7585E6e4PLb8J2vGsTICCAkqSc"
    "Cf4DkCOOgSiDH35dm7AtxlV2WyV5yL81f8vwR7g+sPN79brYNw9+zFiwLcZVdlcleci3MX"
    "fXORg6GlpynxbCYnyGqZycfV5fufyHRDXWTrd2hThtNxqqYx+qe3Bfj809tMNvNTcS4baG"
    "K6VLfZp0LHxNXRtylChj51kMGOpxgqhFgI4nTmPzxYQiATNtq+1Ex4ZA9SybNKBoMrPrJN"
    "6b8tz0xJ2Cj9X67Pu2w5CCmxi0w3ZrpETBWPbzv89NhcUjYPD6ZkU1o2umXaplvOnE9SPm"
    "zY18X1Fw0w7CMSsAhFaa5U7ioIidRsLzHbfcW+RNjgD1Nqvu/SqhlfbcYHnCTUTZ34BYQQ"
    "kioZVNQ6/me00lJIIVZyeKQcKiyGXVolhWpSuEcO5Q9aiv0RImn53qKIjY2niLHbniCH42"
    "ruAgELUhege4SLomlHEYuNXMgB0F25/Dwa9NOlEqVJiMUwpy74H7BMujfxtP4xW+EpZz6Y"
    "rEzLNTF9zm/7z31hRTk85jyK2U2B//zsWvs96VpfXA3OBcuYLpk7YhQxwPmuvuIs02GKt3"
    "DJzrimjTK1VYQyKRqf9HnwhzygdHHVxV7QGGBr0/KglRzRjHvX3dFYu76JyedSG3f5mTNx"
    "dJM4+iwJh4SDgN9640+A/wT/GvS7STGG143/1eLPBFcuYZ7zWodGBAUKjgZci0k9FhYqCm"
    "HFiGQOO1RFC4uAWC+zQayXAsTi4bXZXWqIx2PgLss/EAeZc/wZbQTje+wZIVPxKWz2Y41X"
    "4UAnxvC/gzkVHN3OVweuw5hkfKqx92dvjTwfcMim/rB3wb4snNETOL1bQ8fQYxznZ8gZSR"
    "wJr42fioiHpCEmPtUAozFh/wyRBd10KyEQDinyNXo4/iOFYASX7TM7wUsbYjgXT8mH48Tx"
    "KHhXWCLZUfJuYKkUDZXroW3zYMC8NWb2EFm5E/KtAwhGwCFrsGSmkj8UmC4gnjM6z4JCRu"
    "zk2mQyXblgDpf0edKWqnnolAD+l1bwwt7cD8w9L2wfCe2rKL6UUfxQXqVkEKU6nOvREGGc"
    "PhrYWEGcFiDYODGcLibYXFGcGCzYREEovKM09CQTvhHwJBfgiFvRxddanE6ts8rrjD0Apr"
    "MMjClPAglCJYJSIshBnyJJ54+EnyKp7icmiKL4U1wNZABQadO9Bu6OI0M1lL2JNb5fgK8k"
    "guVjqynY1RZ1fRC12iK9D8NVGgaQUuThQ4AZeoCsMWAidTsBdEQBxAYIuEYBRvfIAbb5Db"
    "hrArybpaBVtY78cLVJJiR13NIGidJk64kwtHPwJ/mz7A/H7EJ59i9z8uxf7ubZ88VThr/B"
    "9TLzt0VtXodDXV81OCZkIywJY2sbIOw6m6RmKcL+V2cFuP/qLJP5/JRy3Z5mqHrHis02BX"
    "bs27T8c5/yw+eHo3fNs23/3qe1dOOhg6HNmmI2JS8pYj/5oKMeNauLBf6Yde0iUW0I/EFC"
    "6+a9yJQKfnF7CFkzTrChwLTtlXiI9JhfLaM+woKSy5tWcb6WmBDphkAXr+wdVy8e7guID1"
    "jbGIHxy5gGN93+Za//sRNM+1t8MxiNu5fsgECjb/Gvg94l/31PTIP/7v5+0xvyA+jb0nQ8"
    "vPpYdnK0PpI/DK1gO8Qpa7Ad5Kr8PRFLoRDoy4Yi1j2z8yab0opyl7aSrpQsrUcK4DHC2s"
    "PCY5IJoyg6tjsVawDIikCVQY7bAYDKo5oQe4QpH2VM51nRpczncmYzk/jWUgU2uUc28/q5"
    "tfsV2twZ+gpmDrGZ7SuSM8J8NpewQ15wOji2az3XPXiRpjcOYu/O86m8GcvFGh5homTXf/"
    "HyTPQ4zh+c8yth008Grgn/rZLwpDTOmSFqL4nL5L0p26YhhbRxKPReGpA4PIWRurphzhEt"
    "BZHuUsoMllbkef39ijztWU7NbGlUWL16BlEzG3VtBI5lE4w24jNdyXGvf5rz5mFVcZaAVm"
    "rOj3r9j1dd/eaTNup2AGW8tpC+XECKbnE6+qJvDzMHWg/PcSRme47jMdHkzeNjMBwfIStX"
    "p4jd2EjB6bNRzF3KBnnnZy9f//j63au3r0O1FR7J01a7mmnX7i3+DU5S7qmpXaM+wTGvoh"
    "K3a2y7JhWv99J4TVWPq+rxo3+vnySwngqIlC1g0FVudZ3lVZWlkUathFFZGKqVwkGchwjs"
    "Wmq2x+ka5DUcN6anWlnU2coiU7nXwODmJbQlOZz2QSvA6LhVojhdgNOphlwBVmcWIKvo/w"
    "6P4x+sQ/W+Ce6akddWvgtOStZnM+RVuiPO0hyTO4Rbad1wgnPtvKC+aSDsmu5Gh0tTd8Pr"
    "97lxjApsSxnYVtU9+63uWTpoZn4rw+Ethcw8btEFr/xzCXCRZQGhQyiAS+hU2nxnD6Eh/k"
    "T6AtJFGebHqRqXp3HIYGo6gw8fQGWfQbMkOM5JAHEARTRo33v8CX1S+eb1qBiP/RQww+89"
    "0G564A5tKLDhBmBSUM00DDNXoZGMxdesasUYGgypq69oJbknaU9m7T/JmJiD7pn5UUXOcU"
    "olZZmlTF04m5UOOkSpVGitrpiD4GoNGOKIj/MLbXTUIToDYxjihTa60C67x+qucw7xXc4m"
    "ytHT7UKY2IRRlNpPuaWF+89+RwEnD2tOJhswWqAJBF775va2b86CWIa4nj/vezBlLucPZM"
    "VOzAkgzJBhLnXSwt3XfW7xPXJMxm6Dd6DOaSQd7rLrd5Lmd1RtpOXRdO0coM8T1o4AcrYX"
    "DQikhqF6Q9Fu6uw1MMy5v7tj6eqVIr76Wbavfrbjq3uLTi8LribIZGa8TIVCgfaqYDgnSJ"
    "XlLLPlrPCP7FXWXPwjYXSUyBGNEyqvqS6vKWBsDY7TRWSoExNF4QyX+DSUyXUKuZ/iN0Ul"
    "U8Bpis6JIg7TEjmUYM9NCRuHPiNrNgXA12Cwzj9M459fv+ctAx1iWcw/YX4OBDzIyK8jDv"
    "/NawyXFnRnxLFTGpbu804q60FiBZbnDNlkYlqlTPMthbxB4daLn74F/1WKWb4sErN8mR2z"
    "fJm0zOXPLmmVDA3L5PecViEzP2nem8YKWiV53oIYbIm5MobAQnP2p6/bn0EwJfYS4s33le"
    "Z9/bF6G5pWmYkfEjSvcPPsTZGkE3ZV9tR/s5N2gkWuKLRKFskkyGph9l40+csXPwg8CwRP"
    "DHqXollodCW0mcbOuCxYD3J8BiyI5ytmglZVVlH6AyqsGSyrqD5ofKBb3O13AKqUN1SkxX"
    "V2h2vV4FpBJmwI320pX9kWo5O4sq0lXDHfOVsvCEXARmLzendh0jBKBkz6XowOmMsWc9++"
    "ExtXFFygMmAu/svWALncbEd6erIsXDITWwmlS2a2cosGkx/ZRz4RyT4xdZtZ/BLLjfEzPh"
    "/HqAC6Gm3Td5vILAOxz4b52Fl16Y3SJCZVLFhb8y1Latmv/bdwJCk07MEL1JILMAdejqzR"
    "EiizHsnMV1VrTw+/bWpVVdXKNVU9dQg21189pdzzbNY31z2XqJJLNqmfiJQLpSupwp2nIm"
    "lVuPMUpKwS0WQDRVUiWqsEpilxIlqASacABRG4ugBAEIHJC22TTZw5xCYVeA5wF9AFjH9o"
    "zqVPvZSxrosm0OkA0+UoM43vci2yxbYYdfqG2fu4h0IuJNZY7RzkQv6MqNOuBTmtnKgK0b"
    "LrLn/5/rgDmDKYLiB2b/Gnwbh71QEL4iLrFmu94VWv3+0AaDqWidEt7vVHvwy7Q6ZgMF05"
    "yLnFI+2qO9K1j10+EIUW9ynZC7KxzrX+Z/18qPUvPnVEjaE+cRi3FgVjpXvGpUz2nFPXvE"
    "9rKEeIhSDOUGJRuoR8J4xwXwIOFNxhTevzweAqZlWf9xKKqv/L9XmX8V6wnl1kujH9pRCq"
    "p4dQ7djZRcLboVVST8RWGgdXiqSE+IcNbR7JZN+S/uztQXdii61Y+kB6O4cyTCrTyeFgbb"
    "BcMb3CchQ2t8SbdviM2wCmhqYLv5afexfbq4JtSg4VS6/m9fEJme34+dO1uO8XbLJYqAop"
    "ZJXfXawNLNNmH0NDdDZk65lOCVPk4BnjP/vD8Zw4/qT0e+6urSEFc2ZW4NTKo3pHVz6f8v"
    "lOT3GrHqt19VgVzQ8l6rDKnqd0hkCURuUHPJgf4H0fdhmcvTvZlkKOvcn4/Rq3N9mk1AbQ"
    "cSqpFQ63SZjJRITPw5wbumK2illJ36hkGQVFqPanKr6usiiUlCWpTZNOa8uQQ3GMwjLZBH"
    "GgqrB9YmkjJqoevmA/WilYWuRsuxCWRhmBbmLGEp+kAJhGMPqB61fAiQBFflvS61GHua5L"
    "F0DmvXInlpmU3AVsg3tombzl6JQN5wGczOF1XCC0dQqeVv8NFKQmsdJq50Bqx2/gs6uyjg"
    "c81N+xga+w0uBOjEhmP1cafAe6LrKXaSWcmXokSnI4K+jFfrXJ2cvXP75+9+rt61CJhEfy"
    "dIdKV3iiToSqoHkSYq4I+5wi4tPiFjcHW71OlW3e5cxBSwtOkVEMfj11wZfIP9qrIxUmgK"
    "T5UdHskCJulNgzY0XL90VdEMBnBA0mhMj+oHRNHKOTTDQSd2mDRIrIs6/+31+/z2uLWv+N"
    "lFN1ok7VgbsWSiaCQzQtVHkg+8z9D/RWacd1h1BxvBjHHZIFwjxcbRHQHrCho5djR5xWSd"
    "ts8FufV0+InuG3WLu87vU7ABq2iW/x4KY71MYDftofnddQXHzWBx8+9C66vIZieqeT2cyc"
    "ols8+uXmZjDkNRer5ZLIksmjqioOXFWR3xA1K5h9Ik1QRRIJXxzMNgwe2s+PN6lvd/JbcT"
    "uyWpPUdwUWwLvM+f8uOf1nzIphHqMf8ygDxqVQSovJtdYOwfPQuBcGPwQO88DKmKi1IXUW"
    "mfKQ/Yo5Sik25wN5HQnak/HynySKozDZ7EXV3Lyt5vcgPkRdzpNNEWmQDA+UXZJo3vfIYk"
    "FtaY75MCeoVI9Sy3YBV/OFO7K9pZZsdhqebOfBxpi45myjT8XVOvUvV+1NnxwQq7Jb9pvd"
    "4qJvKbbomB1N525wfSNgwTwbs/v7OGZe7hTNhCbm1aD/Mbg8WUmjUjKepvkvSQS3y6NS14"
    "hSKJT5ztc4dr7IB1mEuXQ7QvFgIHeAERBkbWZCToljeKF9Do0xSkyhVyZHZmDNzUr2yaei"
    "0kp0/BKZrXDmIoczg4qtKLFXl/V+J5K7tzvdYtOlPJ0WPOODCUJm92LorhwoqlG/Bza8Q9"
    "SrZGc89p4DTBBYO6brIixSbwvGhL/w7g3uSgiAWRN/KtNEStPEb65Qot63mfHhfUTTjtpg"
    "9GGHu6mTPeo48y8c+wimOM95Xe+jVPJuXdriecMb9hlA3uchbGK0gEytExBmc0iRLHE6Ib"
    "LDKZ0iXC6+NyDPI7cYL0rN9QhNAzm8hw4Oq8lfaJri+mTzOELSQBa/KvTlfJXz5Xy1++Wc"
    "ECPFLMl26IPrG8HfQzv0Wzu9StrPlvqAX0p26QoF06Dw9/L/fun+0r3sAI/6Fo+8bqmiTe"
    "oHrXfFz3kZAOzc597NDT9A78zlsmjO9r4Te1R9Ud1ZC7yjBHIckhINy1Y3cSp5LURpVY7C"
    "ELNneLMwxPhuoNitIPIImUoMki0xSBKMWFsZptvFrpPaejRytp2HD0N+nY7CC/cZqv3SEr"
    "BsAI+2wZdW2DI0ejCeRRAcZctBIapyIqrlFdypfctaIeS0bXLL3ADHfSqljTGTPFjFReGA"
    "kEBmZ9Vrvd35h2n8sw0ijZj9I8+f75QgHgeOEczUszcJyRGBfgrbg1RNsajf8xQsK1vxFq"
    "dqIKP3gn41P9U2uhsDD2jjeRuYMwDxpqBaOUo4KWafFV0CMaIGroC9dAA38XKVYkZlt0kO"
    "CeToksxvW7ZLsldn5cxXNnNAaBtQNHWQS4EN6V0NhtVeGiizU/zVSiyHLYXMa0HIgq6mU0"
    "Qp4E8oEmVsJHol8HMC/GMHg356UqwaY+VpGt0uAxAnqJrUifNRMLEkyMZvaLIg5E7zYPxW"
    "CrqRuKKdh3Cge65c9LVHosMITaEcuE/j8Q3wqXgOGgTsFuY9cjZecxGLzIMPu7fbpfAjeN"
    "mFsdu0pI4BVU78icIkCBtLwh6ptJWbINyXvmqqRCLtS1Z8A7QSX4otgfpIpPDTi4SHLXYL"
    "MjVBJbHXdjTGZsRnc/oYPSo0Kxs3Y4bjm0KG45scw/HNruEoLF1koDRNnNcvJEZ3wH4hx4"
    "nH1dgvRFnqqmGsyiyoL7Mg8BlKG5MJwiYtqeP2GAgYuyuO0k0GfP/2MjLiiUmkaMeAxGyU"
    "akMKXwoXK4eS1F6q8QvaJVCI6ZbkQRDiE1mzUx4IZ5h0Cd3pwi954OrNi0qv3An5Bp6ZLr"
    "DY+FS0bAMQrJn4OTlxAM95B1Ni26ZLU9qp7u0uj4ArjtttUqJarVdF6iZeZRdOvPIrJ3Kw"
    "CT4/ywMTEarGZNoe4ytyVAUXfmayVVz0S1RYyUU/iAXrjfkAfLdYwn/4qFcH+Haqvw2OPy"
    "z7DV1gM6tKHA9iFzP2ipt04LXW0VPU2pckUBcujz8VQCvL0muKEqwQ4bOQMUeODqdTsmJP"
    "LJ77uVm0zuMogC2HCiu35w2JD1iusGQqgLOxpGhuuv3LXv9jB/j0t/iye9X7tTvk9TihSk"
    "rW7FQKw6oKHdkBnVDeFSCdJK0qH5A5k1ZBd9mLqrnQnexx4KcH3QWMrQ+660ZGPDGJFIXu"
    "ErNRRugulEK2ZxsVVGHPNjpfHvZsf2P+Idr2ZwVryMYCvDWVb4rT78B0AfEcUXAzGI2R8R"
    "yMeTYem3hMUH5aJDB5ixMXUJdNSaPD6Hec3H3d6BazQwZymGVhgJlDbK9fFnLuvW6zHhnv"
    "s8XTlb56v3UKLfcrePbV57fHwuc+C6naaUl+jdnO8ZVXTql9lvzLZc6ArYjNnr0o2kgrt5"
    "PWbobCdhWVYXSCrIEMr7+kSm0ec+BkEOX3ZM/15vo9Ryzykk7KMng9x9gUQTZBFHV2Hrmz"
    "wT59nSuS6t/ww7k+zRpa7BV0ixR0YzRAmdWBvJIFj5iXAzEfwXQ77JAXXghcDW+zCRtuhC"
    "8xJwCjOeTfyudA86lFcgHBO9VE+7vTLV5C0wDsld8DsS3G3GEuEr/Pknk1hL8ptPwbcTcI"
    "8kv5ae5DkTVu+/vLYiA24c6MBCoXRhb1l+fCZNfQPxxbOoVK+taN1rvsAD7lb/HNcHA9GP"
    "cGfe2qE53tcsSQmtaTuRXpMd7xlZBoJNERCsgvqRTa5zvRobyaGApVVL7Nqah8u+N2CsWG"
    "aAXTPE55MoGnVlT1M3VPxV5JxeRxIsZ5oViUJ74qPlmc8nQEH/b08T7m4C8yAXSNlm4Ktt"
    "p8+SufPFvtNtcn952AsoZojEx55JXzm4JcrLL8j9PVI4An4hHkACLerK4jCBwOdGKroCgc"
    "Elv/j9jnkfJ8N52DK4/c7HHEB+IwVIOYnrLb447m2OXaAKMxYf8UnKradpyTUhhFZ2pcUx"
    "aZqo8C48Q8bKXAcd6JdgFAjoZXFoDklnDDmyd5UfkALGvzXbC8Ha/YT8fzMN8LEEssNdHY"
    "x+81IhIEgOGgtRhjN3N+T/dQqJnE38h2HmrWMKimYhR6L+ALtNN1eq4pGNIoO7yyHc43wK"
    "poiu+QyiwG0eVtJ3yCQhW/9iqkCqKRRxGVwimyBdJcnMJBsxVjahWxJ0hPBp98khURCo9S"
    "gIhMYjg0IKKgkKJQSM0+u2BYlt8ecLOY7y7wrEIOfDZfUsvLvdG9Oca8alVZLpUebec4zc"
    "qxO5ZjxzeQn1VIOk0QKhFUFoGvqUpxf0ujGF+Z8dHPRXHWR6kU8+uypENQ/5GGdBhGODEh"
    "FLWjo7MvZkZfaKML7bLbSqqWGnjqZ0o3lKNbVSpV1rrvEaYV5oa+4oPm9tY/LRIrm66oS2"
    "wRqwpSvLHoBeUBol7wyiFrnvntBa6md15yOXEM3oyfHwzT0cVMpWnxsr3dR8XMJFb+eea/"
    "J/gyYbMtxQGbF/WGw9a+5LDnBHIVFchmfXOjAoGmLW3kJghVAt1+mlfGLLVHwprNstJ2Hb"
    "U6UN8mMSgv+S1YvrssK5n9dhEZ6KSWe1HrP6Ho0l2q+qz6S8Q0vJlq1genitj1RuTaAob9"
    "BOI74NOw/08tyPu38nbUMGqMe4O/943ysOMrwWBm8uIf9lgOuYdWmk2/j1ukYvwJgfH0qS"
    "TG/8XfQYefD0IAyuiXzug/ZqLcHrOH/MnPZ7tpIHtJXISnm8o1jPvYFbK50ZaWY0JPZcq1"
    "Cra854oyfdo/XFQd0Eq9Bq67V1e9DrCRZZm3mP/Sxt5P6N7iEfugDvkBCg3+tLd43P1ZE0"
    "dc9BcUR0bdG+0TuwIt4eIWf+6OPmlsNv+LDXqH6ALeQ+c/fGRt9Fnrd8RmuBDf4mH3A6dy"
    "2HMyKt6+TT/X+p87gPtUOmcdv/s1J6HQ5hQ32nDU47+X0KGmd2SkDT9qoiicQmcOjVvc/f"
    "hp3GWPzV761x67GM0XLmJPz5yue5PRjHp9jQ3JPl/s70/ap2GHd2dYOLdY+0PrX3bZM8EN"
    "ZDxe8KbFf/B2xRv+tCNNMIY5e1Bw5jPjwgdtyG9xx/gwg44YXRtea3/wQdjz2HDDR/ks+H"
    "HNHp0fvxMcsdnz83Pjwajb1cea9uuADeQSitgHFMJ7zzQ+1r4K0d69wkRAzI5K2TObIxHp"
    "6idJl4dDSLQYxAcBeoUANsFowywgKjoOABO3AaShrVRMPDni4HjDbnB3eseG07P2dcz+2q"
    "aQSq11MGGrwzIpb8jIzPZeDxjmXHR2xAaYwqXpsru0ASaALuEUUd5iwIB0gYp+LPbcYm1r"
    "sVb5MGypD4iGxmZuCVFddi+uNL9xuzcCU5W/ab1xr/+REV0M+pe6dnMzHPzKW3HANTRdPh"
    "EpYiIx9MBDYDTiGj6Od4yPM+z+3L0Y82MO+gtN3Wo94Peh9rw31SelbN4EmdQrMHDMRBsP"
    "vrzEtszilxxLbGY6zBDw50opZbhLKfEuoi3Z+B5buOUYn0KqOF+c84EOLKl1EmSK4xU47i"
    "BI0yzcMfqW4WCnkErM+VqKL7q/j2OBtICzz66137+PBdOuBv2PweURSVxcDc53A50CWdQr"
    "ZzZmjSDxPtytbUaED63KDIGoWHS2QJobi44ZUVWEnzqAqlaTuVqN+S9mtaLEOOXJSLkVTE"
    "/uAJVzQZskd7nyTo6t02XIr87OCCidDvyYnAA5dOujsgJqTwyOeg9TxF4qZcn4lEH2xsPp"
    "Ln42wXA7ohT6sZ60l/IJFwEfsvMuIpwqmn6hR+T1cBoG30jIJwCmzZ4WwDBhYh0JBIgW2m"
    "0wXaDpHfvlEjDhl/580/3YBjf9j/zL8hua3OxmYezlDiqnWmKF385Jr2AP5fKNdwUjd+SQ"
    "jf4k6WQGnSumV9eP7/tMS5vvGDqbXE6nMHmycb3A1ImxOW8Sc6gmar4ybp73+trwj3S0J7"
    "g+apqe/zHuakl02fxPyvTOrt7zL5fZstyK//B769IFPHvzthRGH1I0UFPUjxAr8Cub9c0F"
    "vwKLsaxJFKdTZRj7KcPIS6WPpFo/KpM+kt59UgIr6jLHZ+q+8+g15JjTRSvFnfPPtPPcOL"
    "i9ptYONI9xjJ6KV/RISyXb37lHDjXTQq7ZpkuEpIG2y9mbNwWMF3ZV9rar/FwidZwtqhIc"
    "9i9vIHf3kpif6Ub+PBr0yzqRhjl1wf+AZVKJfJs6XEnOjJjdt5M3kEwRSBh0fIDzx5oIj/"
    "2Y/f3/xhEMJA=="
)
