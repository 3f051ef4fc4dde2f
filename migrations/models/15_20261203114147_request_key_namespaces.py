from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    # The keys of top-ups, deposits, cash-outs and order payments belong to their caller's
    # namespace (models.keys), so staff acting for a customer keep theirs apart from the
    # customer's. Rows made before are put in the namespace of who made them: deposits and
    # cash-outs record their declarer or requester (staff:<id> is the staff's, the rest the
    # customer's); top-ups record no one and are the customer's; an order payment billing made
    # for a credited top-up of its order (`top-up:<id>`) is billing's own, the rest the
    # customer's. A cash-out's hold keeps the key it was posted under.
    return """
        ALTER TABLE "billing_order_payment" DROP CONSTRAINT IF EXISTS "uid_billing_ord_order_i_8526d6";
        ALTER TABLE "wallet_cash_out" DROP CONSTRAINT IF EXISTS "uid_wallet_cash_custome_f52fae";
        ALTER TABLE "wallet_deposit" DROP CONSTRAINT IF EXISTS "uid_wallet_depo_custome_c3c9b5";
        ALTER TABLE "wallet_topup" DROP CONSTRAINT IF EXISTS "uid_wallet_topu_custome_9c145e";
        ALTER TABLE "wallet_topup" ADD "key_namespace" VARCHAR(64);
        COMMENT ON COLUMN "wallet_topup"."idempotency_key" IS 'the caller''s key, unique per customer and namespace';
        ALTER TABLE "wallet_deposit" ADD "key_namespace" VARCHAR(64);
        ALTER TABLE "wallet_cash_out" ADD "key_namespace" VARCHAR(64);
        COMMENT ON COLUMN "wallet_cash_out"."key" IS 'the requester''s idempotency key';
        ALTER TABLE "billing_order_payment" ADD "request_namespace" VARCHAR(64);
        COMMENT ON COLUMN wallet_topup."key_namespace" IS 'whose key: the namespace of the caller that started it (models.keys)';
COMMENT ON COLUMN wallet_deposit."key_namespace" IS 'whose key: the declarer''s namespace (models.keys)';
COMMENT ON COLUMN wallet_cash_out."key_namespace" IS 'whose key: the requester''s namespace (models.keys)';
COMMENT ON COLUMN billing_order_payment."request_namespace" IS 'whose request key: the payer''s namespace (models.keys)';

        -- the keys stored so far, each in the namespace of who made it
        UPDATE "wallet_topup" SET key_namespace = 'customer:' || customer_id;
        UPDATE "wallet_deposit" SET key_namespace = CASE
            WHEN declared_by LIKE 'staff:%' THEN 'staff' ELSE 'customer:' || customer_id END;
        UPDATE "wallet_cash_out" SET key_namespace = CASE
            WHEN requested_by LIKE 'staff:%' THEN 'staff' ELSE 'customer:' || customer_id END;
        UPDATE "billing_order_payment" AS p SET request_namespace = CASE
            WHEN EXISTS (SELECT 1 FROM wallet_topup AS t
                         WHERE p.request_key = 'top-up:' || t.id AND t.order_id = p.order_id
                           AND t.status = 'credited') THEN 'domain:billing'
            ELSE 'customer:' || o.customer_id END
        FROM "billing_order" AS o
        WHERE o.id = p.order_id AND p.request_key IS NOT NULL;
        ALTER TABLE "wallet_topup" ALTER COLUMN "key_namespace" SET NOT NULL;
        ALTER TABLE "wallet_deposit" ALTER COLUMN "key_namespace" SET NOT NULL;
        ALTER TABLE "wallet_cash_out" ALTER COLUMN "key_namespace" SET NOT NULL;

        CREATE UNIQUE INDEX IF NOT EXISTS "uid_wallet_topu_custome_28eb7a" ON "wallet_topup" ("customer_id", "key_namespace", "idempotency_key");
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_wallet_depo_custome_cf72b1" ON "wallet_deposit" ("customer_id", "key_namespace", "key");
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_wallet_cash_custome_2bf014" ON "wallet_cash_out" ("customer_id", "key_namespace", "key");
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_billing_ord_order_i_d8dfdd" ON "billing_order_payment" ("order_id", "request_namespace", "request_key");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "uid_billing_ord_order_i_d8dfdd";
        DROP INDEX IF EXISTS "uid_wallet_depo_custome_cf72b1";
        DROP INDEX IF EXISTS "uid_wallet_cash_custome_2bf014";
        DROP INDEX IF EXISTS "uid_wallet_topu_custome_28eb7a";
        ALTER TABLE "wallet_topup" DROP COLUMN "key_namespace";
        COMMENT ON COLUMN "wallet_topup"."idempotency_key" IS 'the client''s key, unique per customer';
        ALTER TABLE "wallet_cash_out" DROP COLUMN "key_namespace";
        COMMENT ON COLUMN "wallet_cash_out"."key" IS 'the client''s idempotency key';
        ALTER TABLE "wallet_deposit" DROP COLUMN "key_namespace";
        ALTER TABLE "billing_order_payment" DROP COLUMN "request_namespace";
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_wallet_topu_custome_9c145e" ON "wallet_topup" ("customer_id", "idempotency_key");
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_wallet_cash_custome_f52fae" ON "wallet_cash_out" ("customer_id", "key");
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_wallet_depo_custome_c3c9b5" ON "wallet_deposit" ("customer_id", "key");
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_billing_ord_order_i_8526d6" ON "billing_order_payment" ("order_id", "request_key");"""


MODELS_STATE = (
    "eJztXe1z2kjS/1em+LJOFZtKnJfdI1tbhW2SsHGMz5B9ufWWMqABdBYaThIm3HP7vz/dM5"
    "LQK5ZkBAPWfdiLJfVIdM/0dP+mX/6vMeM6M53n7dGILyy30SL/17DojME/4reapEHn8/UN"
    "vODSoSmeNZk+YbZGQ88OHdemIxxyTE2HwSWdOSPbmLsGt+CqtTBNvMhH8KBhTdaXFpbxnw"
    "XTXD5h7pTZcOPPPxvsm8tsi5qaoWv4hc6cjhi+KHSj8ddfcMGwdPaNOZLM+zC4B3dG8OHy"
    "mfmdNjaYqUd+sHxIXNfc1VxcOzMmXct9L57Frx1qI24uZtb6+fnKnXIrIDDkz58wi9nUZf"
    "gG117gz8df5/HL54j8petH5KeHaHQ2pgvTDbFrqK2vNTTtqjfQ+p2BpjUKMHjELRQOfKoj"
    "GDDBT/j+H6enr179cPri1dsf37z+4Yc3P774sYmShXvJWz/8LT9mzS05lOBZ90P3aoAfxG"
    "EGyAmCF/4WNNSlkkpIaM19IZwE/8+n1E7nvv98jP/ww+L897m9SQD+hbUE1rO2vAgayyl1"
    "yR0MSviYeKujRUYLx+UzmJZLappMzJccUprRb5rJrIk7hT/fvt4ggF/bN+cf2zcnb18/i0"
    "rhyrtzKm6hPNb850vgWBEBBASlJOBN8A0C2OkSiDD35emPObgLT2WyV9yL8lf8fwH2+s/v"
    "bn43Gjvh7umLFzm4C09lclfci3I3c3vIy+7MASqa3VtSL9xhxP90Yujw5ikjwfej1sELI9"
    "QzNvwTtBGfw6frxHDJibfD37GV80wNJRTezMsJT3GRqaSRnJXjspkG4i/C6yjVVli9X+sn"
    "wuh/vM3B53+8zWQz3opyWWdDw3W0Gez5msVdjX0bMaZrI5vpcD3F4uTcZNRKZ/7Dg8UEMo"
    "TRqtovgisVSGWTednrXeLIM8f5jyntzZixefXl81kHloOQEjxkuBEbNGRzSr4l+CnZXFA2"
    "Dw9Wy6awbDTTmBluMb8sTvmwh7Ytrr+oSkft0EMLScAE6yLNJ964CgKierYXmO2eYgfbTM"
    "ePKTTfk7T1jC83431OcsdNnfg5hBCQ1jIoqXW8bbTUUkghruXwSDmUWAxJ2loK5aRwz2wH"
    "P7QQ+0NEyvK94TAY2xoxYPdsyGwfqjCp4xJ2z6y8sOhexDJjLkUkOymXX/q9q3SphGliYt"
    "GNkUv+R0zDqUw8jZ/GC2uEzCfDhWG6huU8x9f+XBXot4HHyKOI3eT7zyef27/HXevzy96Z"
    "YBnokoktRhEDnCX1FbJMoynewgXccY0Zy9RWIcq4aDzS5/4/1DldyK+64AfqPctcNSS0sk"
    "E0g+7nTn/Q/nwdkc9Fe9DBO6fi6ip29SQOhwSDkN+6g48E/yT/6l114mIMnhv8q4HfRBcu"
    "B895qVE9hAL5V32uRaQeOd/LC2FFiFQ+PyqLFuYBsV5mg1gvBYiF56Tju9SzOsnAJMvfc5"
    "sZE+sTWwnGd+EbqZUKo3vQ82Uw0IEx/G9/TvlX1/PVpsvgcDk61eD3w69m0ge8gal/0z2H"
    "nQUZPaSjuyW1dS3CcbzDT3nsSvBs9FZIPDwNMfGoehYbcPjPDTOpm24l+MLheXYjxXDzLM"
    "EILs9OZzFezqhFJ+IrcTgkjoY9dIQlkh0W0fEtlbyxEVpg2zwYIdEYgD3EF+6Qf2sRbjFi"
    "8yWZg6nkDUVGU2pNgE5aUEyP3FwaINOFSyZ07jyP21JbHjo1YsP/wXLu++ZeIkajDsdQMh"
    "wjkFchGYSpdud6HIkwDh8NPFpBHBYgeHRiOFxM8HhFcWCw4DEKosY7CkNPKuEbPk82AhxR"
    "Kzr/WovS1eus9DqDD7CccQbGtEkCMcJaBIVEsAF9CmUZPBJ+CuU2HJgg8uJPUTWQAUClTf"
    "ctcHcQGupI2Rtb49UCfAURLA9bTcGu1qjrg6jVGul9GK5qW4Q6DpP4EAFDj/ClRUCkbsuH"
    "jhxCLZ34XHOIxe6ZTWbGN+IuOZEvS0GrtjpyCliVF5Lab46KQmGy2zlhaG7An9RPl9gds3"
    "MlTLzckDDxMpkwgYunCH/951Xmb8OZYaKD43qqwTYojDDnwNYmYZZrr+KaJQ/7X53m4P6r"
    "00zm463adXuaR9UJKzbbFEjYt2nx5x7l+08Pn94dn237d5XW0rVEBwObNcVsij+Sx37yQE"
    "ctbFbnO/gD69oVCVyUeIME1s07ESnl/4X2EDPHSLByiDGbLcRHpJ/5bWXUR1hQannT9Tlf"
    "Q0yIdEOgYy1mCVcvetznE+8wSTUE4xcxDa47Vxfdqw8tf9rfWte9/qBzARcEGn1r/drrXu"
    "Df99zQ8e/O79fdG7zAvs0NW+LV+7KTwxmS+DFOCdshSrkF20GtFO4DsRRygb4wFDfvwc4b"
    "rgoryiRtKV2pWFiPEsBjiLW7hccUE0ZedCw5FbcAkOWBKv0Ytx0AlXs1ISqEKR9lTG+yog"
    "uZz8XMZpD42lIlM37PZuD1o7X7lc7QGfpKxjafge0rgjOCeDaXwyV5OO1fS1rP2x48NWYu"
    "UnkCzJDZnLvMGq1Eun2yupHNgDcYbyVnNIo9uILlkJrkTxmHokXPAfx7XqZs+k3fdfHrKt"
    "VBesoZ76UqnTy+usmu4DxZ3gSmfitUxeQ7h3Bb/K3zGcgD/l7XO1GwpEl8FReQVAqpyvIq"
    "CW9XUg/IxkBUx9V0Y8KcQkB3kvIIeb79aS73wGKbwZqmDo4oHwd2nHXzVkLFz7jFVsLYKg"
    "W/bH+aYy2/smiZT6s05/vdqw+XHe36Y7vfaREHeG0ybT6lDru10jE0bX2Zg94M7iGetr6H"
    "qFo4BHf/SBqiXHzhag6DF+sppy3ZWHSS8ogwltOXr394/eOrt68DtRVc2aStkpop6Z3k34"
    "PjlMdX0m37uini+5Xidl0+L1N9JMvn1TUA6hoAe9+vn+TxSCpsVTQNRasj5LeZJFdaGmnU"
    "tTBKC6MuiLET5yEEjhea7VG6I/Ia9nsyWxck2WZBkkzlvgUGH19YYpzDaRtaDkZHrZKa0z"
    "k4nWrI5WB1Zhp5HcOR4HF0w9pVBSP/rRnRicVrGaXE7h6HvArXNZobA37HrEZaTSP/XnNT"
    "aIahM8s13JVG54bmBs9vtd9TXSNIFaOrSeocrX3laM1tNja+FeHwmkJlHjecKeZvupy4zD"
    "SJ0CEOoXNql+qFVcHREH6RNqXOtAjzo1RHl/O5y8PUdAbv/gAVtkGjIDiOJBih5DDHL8K8"
    "/wl9UFkD21Exkv0OAcPvHWlfdzGOzCEzuiIWz6lmjgwzr49GMhbfceWcRtBg6rjawikl9z"
    "jtwaz9J3kmZrN7MD/KyDlKWUtZZSk7Lh2PCx86hKnqo7VtnTkIrm4BQ+zjOF+coz51CM/A"
    "CIZ43u6fty86+6qRdEatuw29z8O3m7kwsSFQFGqD3mgH7aC/cwiSB5lDwxXpT9mQElmEu7"
    "mufjTlpi6ex+99R0bgcn7PF3BjwgkHQwZc6riFW9V7bq17ZhvAbh3riG8oBx40vfbqgeMb"
    "62Lg6mi65gagTworIYANTWJ9AqVhqO6NKBp2+proxsTr0Vk4eyWPr36a7aufJnx1uei0ou"
    "BqjExlxquUKORrrxKGc4y0tpxVtpwDYaXl7mevqhjZDpHHorDjcspJsBUbbpNQR6TQ0AVm"
    "Hpt8ItMkvSxKp0WETdb6ydB/LqP3to8G1whVNuuPF6GKmYUFonijhLVfuy2/1mfsFlzb89"
    "BQByaK3DFI0WlY1LkNsR2cKw2dq5RlUKDs3zkM01sc4uTfGOFSFQAQzNAU7z88e3O4/uF1"
    "k8ftn8MuzC3pbAdFjE/4EoRGvvqDif356zMsX2pz2Lh19NYpwaNyfI7b+Ddu83OYGGNuz1"
    "KKJ1f5pjp2R2El39zg0s/40DALOZhrCnVDGxov/vHN/18Zq/blyzwn7y+zT95fxq1a9WOk"
    "inoaKnnvh5WOjzeNe0NfULOod0ctsiZGZUyJySbwT0+3n1Ay4rM5tValyt5UEHEyo4ZZZO"
    "IHBMeXfnz6Jo+zDE9lT/03CXfZEoYgNQumesXItsLsSjT5yxffC1SW+F9MuheicHF4JTRB"
    "Y2c85q8HNbYBk1qTBZigZZVVmH6HCmtMiyqq920c6NbqXLUIKxX9lqfcfna1/brYfg0rwR"
    "Ce21I8PzNCp3B+ZkO4Yp5zJgvlzRge34KPZjjBWS8xnHdidDL2qub57tt3oolOzgWqAi7l"
    "/dgtwFLX65GenixzJ35FVkLhxK+13MIhEY8Et2LxGAembjMBrkiElxe3/EgU0Jsy/XUQ+j"
    "Eyy+VzbTF/JK8GfP5lfqwc0hlsrMZj192FHOVYmVRD73m4xG2d2Y9kUQ/HOCYGlcxvXuIh"
    "fFq11MKJzb8FIylhymyHoyUOcPydbsM5TmgzLHCco4USueok56d3UHKsSbglscw62XYnbK"
    "7Dq2ocbBs4mEKJv6pJ/UCknCu6tc7zfCqSrvM8n4KU66hY1U4f6qjYRoHDg0dGxVYZ8dn1"
    "myq5N7LTTyMFMkg+1MwFGgQdm1zNDhHmSQJFIxvbMXt0ZEZ15oVsWiTUCQrrmDThP3OXGJ"
    "bI0gz6YgV9sGS/LMcLJYungVbzplsLHid0ArMCxnGWzHbIckpd8cDYsOFF/gs9h4KcfPXY"
    "7fPveejtX5/lbJOX1hqvxlKUxFKeSr86FfvQFew9d7z95iop1cfnyBAPJs7L4wiRypwWAQ"
    "rY+hT/bmHYwYgFRzn7n9p1s7+dM9yB7y3TmnxNprJrIua7oWMcaWDCxIyXnDN/Py0Ba6j3"
    "iUC9CYd1Pz6VH1CX4kmFYu1y+E+hGL8cTpNFuD2hluGIfQlWKUVPxWUTnJCOdGk6LhtSuw"
    "XuC4bIOev8N6z8IVLd1gF2TkryXDXvqE+DD9iDKeq8HKlZUSd0lbEsPnfwx18NWgSUwWhK"
    "LffW+tgbdC5bZMpdZt5a7e7NZfeq0yLUsE3DYrdW96r/5aZzAwrGchY2s2+tfvuy09faHz"
    "o4kENNPKeDHwhjnbWvPmlnN+2r848tUeZLG9rArWkZS337Z/0GfOfINe7TejpwbjJqZSix"
    "MF1MvkMgrErAvoLb7XHFWa93GTE6zroxRXX15fNZB3gvWA8PGW5tCtamYF5TMHmqsaVwc2"
    "UODZXIqIjDb49ksmdJf5LA3IEttny5D+kVVYswqUgx1Z1VonfF9ApqacDckrW3cMatCKih"
    "0dQrp4nexfopv1OworVTQhMy2/Hzpmt+30/zkOdcJVQCVnkF/pvENGYGni1hcxE8mRpxUO"
    "TkBPgfoK3y9OoZumtL6pAJmBVWatmU7Y5e+3y1z3d4irtuc7StNkei/4hCTY7gewpHXYdp"
    "6pjrB89J5P6QZDD2rk9n8Joi7nEZI5f8DzYgp7JzksZP44U1EnvYcGGYrmE5z/F9PzeqNQ"
    "rT2I0cijhbPptPPrd/j0vg/LJ3FveicICzDGe4WAnYKJXSCkfUex25XPg84Nw4C1ELVo1T"
    "2hqKyGb9cUERdWT6U4xZriPTn4KU91hYRzmtrUJc+j6q4qgmiB2VtKkSS+uDqLrWOfzRSM"
    "HSQnebubA0Bwg0wwKWeCQ5wDRuse9RvxIkIg7zOgN97rdkDDgF7xWdWDAp0QVskntqYowU"
    "TKqmB3CCw2u7RGjrFDxt+y+oITWFlVZzA6S2/+rDSZW1P+Bh++UmcYUVBnciRCr7ucrgO9"
    "R12WyeVjcoU4+ESXZnBb2oVpucvnz9w+sfX719HSiR4Mom3VGHKzxRJ6KuSvAkxFwS9jlE"
    "xKeBFjeCrbLNRhNLtNtMJMrkTBU4dMErEoq+DgBJ86PC0SF53CjRtnbhFG/qMuUEZ4TjTw"
    "gR/eE4S27rrXigkXhLk8RCRE6+ev/2EmEzerps/0W1U3WgTtWOWy4oJoJddFyo40CqjP33"
    "9VZhxzVBWHM8H8dtngXCPJxt4dPusBuFjLHjdqOgbdb77QqzJ0TDs1urffG5e9UiVJ8Z1q"
    "3Vu+7ctAc9vO2NjjkU55+03vv33fMO5lCM7jQ+Hhsjdmv1v1xf924w52Ixn3NVInnqrIod"
    "Z1Vs7uaSdZh9IB1cRBAJLg6wDf2P9uLjDcezO/FVaEeW6/DyY44F8GPm/P8xPv3HYMWAx+"
    "ideRQB41IolcXkGkubW5PAuBcGPyU2eGBFTNStIXUmH+GR/QIcpRSb84G4jhjtwXj5TxLF"
    "qTHZ7EV1vHFbx99AaRd5OU82ROSIZLij6JJYQfRHJgu258YAhzlApZorVdBm9wZbwt6y89"
    "4tO5rZCOzS+dzm90yXhwn/ZiO3QDj3XlICz+liMnU7AldM68QRut3chMBb3DXGKxAuPq8F"
    "OGWumjDiaQF9g51JTdL/PLgmI+qOpgzZOGIGsvREZ/fM5PMZhiFhnRaXOa7zrIlRSAZcsW"
    "18LLUgzNZfUCPuB4q440TQxjafFQECIkTH1+a7CuQd7FSwXMG4ddKyqQbsW8Zsj9OpjAs3"
    "BqBQmCV0BgMDBRSJMTdAeThNbGU8o987DEyM/LXnNjkjnd8HET8kkV0V+CKXvasP/uPxlK"
    "tYsttiiFtUEfmESI5gIeya4TOY17ANF2wAHqXaWTDljtTPq1zHJK82HJO8Sh6TTMHLT62R"
    "kj2zQyT1zC48s4dcT0nRzOa2/3zN6sKsRhfWMf6bcpSRXcY1RKJyIk/jbIUlGvlY2Oqe3k"
    "Pz27fR94Oc+28vlSgXIa0RVdURVUWC4qTf3Z9J5qU65Xizmd8ld7zH64aYT8/prXN3Ks3d"
    "ccHMKeTkes+r7Nwqa/7Uh5v1VrzTrViA35+lLZq2G0fu59mQBRqtzUIUD4LkPYtJELuJpj"
    "D2dReJC2glA6XlUFkEyO9+AFu+Iw4eBIwt8nbp2GU2MsPBFF5qyaoz7xJoeWVvurWwH5Vo"
    "tYODCULRl8pd2FTU2npGZvQOzH+/P5UH2w8ZWdqG6zJLJBbnxN//xNqU7kIIAKwJuPtnvM"
    "eZf3n9oAWKWfPy/VBN/FUbNEoaNPvsjKRSzHwVEcZ7bWT58FHtsU72tKOTInM8SqUurNZA"
    "3bqCzYPJTSUo7DylsBlwEpwcK3GMdThhw7tTOnm4nM3jpO80w3y3QhwO0xwhhyuoapl10J"
    "fN470c9O2MxZUcOql/BnJEMMDaaC+TCrWm3uFOCY8umD8Ncu+X//zS+dK5aBFJfWv1ZQcZ"
    "0Trmfbt7ifdkVgTc+9S9vsYLzp0xn+c+Lqk42amuubLtTA6ssslsm6dECGermyiVuhaisi"
    "qnRh6zZ/hxIY+RjQZbwxcXeYisTpZSOVkqjvkVlHMK+cHIu9H2rIog1MJwJIaLwa7oniPk"
    "6vVbQuwVcV4D3XSXhIyZJzVdmCV/eZlKWFHSw5kmv/lgjbNkbE7QkCATei+mg8sJJUtu3z"
    "H7HRma1LqTBwAC+JfL4ulNkpFJQYClLIUI5YFNEX8iwKTgd97kAHWiv5OpXN5NanKLeYdL"
    "8rCHL9wRn8E3iKQLBAWRCzDP5g5z/OlEllNwcshJ8BLdYPqzpzG3FDkJbS90w+1Yrp3aPi"
    "x0t7npFJTicxoLHqwyIOnPhjh8DJ/2BW2/whejmYD+1foEUNkTwOKa9dB8r0ZwRLJuVOe4"
    "ME+fotUVrOK88HVAoDK4Kttntn4y9J+bJNRM0bvy/HkimXE/xweCmVp2o+8NItAOocV32U"
    "DC7SOlgmVFq9ZFqY6Q0ZWc1hx/uYxwR2UM27ImTWKMwche5VQrewl/iNhneZdAhOgIV0Al"
    "XTwNa75IMaOyWx0GBGp0OsTXFu10KGul2ZPFTObpOmxkM9chM+rcbcGwqqQJItzCn1ZgOa"
    "wpVF4LQhbOYjRijkPwC0U4KOIAXmt3cVgFF/2eOEqsGn0hNY02K3KgGaNSOQlvp8eaiiAb"
    "v7HhlPO7tgdYpqAbsSeamxAOdo/KRVtKEi0Eg+aL9P44GFz74ClGWlMCrzDumb1qeUVMJv"
    "7G7si4a/QjsHRSSvmTbQxYZ34dKEzCLH3O4ZMKW7kxwqr01bFKJHS8uJgN0yq5ZXJ+TVBv"
    "Ein8lJFbQZu8nEyNUSnste2NsSP45RNuZyRWPBxSF6ZX2urEzVDrD9qDL/0WmbruXJOz49"
    "ZCpLL3ZdAS7Qr5wr21bjrvv/QxoM5mY0x0gmcugco14emLK/iXbsG/zi575586F1r74uKm"
    "04erQ69erheRf2tddQa/9W4+wfcyF4+vSlmzW4ebhO3NdJa2N2yqQh6h22EV8v1EtGyxCn"
    "ntO9Rt6OrYvO3F5vleTGHzNkZ4TEtqv5WLfcYmxVG4dLHncV+ERjwwifztT7sH6hDHZqNS"
    "ba49KZwvbIendmiLPtAsgIuM1iQPwiIf+RJuSVhQN5y5V7t1KmpDUd0PIxryb+TEcIkJ4z"
    "uiEQwGDoH4kZzbBLPGRG1Gw3VSmrRV9pZHACj77WGlULbzqzyZh6+yUw9febmHG9ASnJ/F"
    "oZIQ1dHkquxjF9mrggu2mWwVF96Jciu58IaYs84HDoChkxgm6eNwLeLZqSIOu+njt/A3dc"
    "kMrCoZn+2dpozhJ67SoeCtjp6i1v6MQ4fB8virhoxVWXrHogRLoD8m0yfM1uhoxBfwxeK7"
    "nxvFCkvuGEJGeKp007+AeIcJf3NQAcjGgqK57lxddK8+tIhHf2tddC67v3ZuEIALVFI861"
    "UNKK3Ocd0yoBPIuwSkE6c9mDSKJ5mAV0N32YvqeKE71U+mnx505zN2e9BdJzTigUkkL3QX"
    "m40qQneBFLI927Cgcnu24fnysGf7G/iHbN31jSwpjEWwJKRnijvfkdGUWhPmkOtef8D05w"
    "T7q2CnVxCUF6jpZx87LkxJvZXSWquyF91acElnogdUkB8NT9v3soedJMP6lhhA9VX+rTnU"
    "dL+Sk68evyULn3ssdL4+Gh2sfeV9+soLO6WTbjY06z2ucnRESWz29EXeUpQba1Emgm1Dq6"
    "gIo2NkR8jw7Sd51S3pdxwMUvs92XP9eP2ePaadKSdlFbyefbRaVk0QeZ2dR/ZLrtLXueSp"
    "/g1e3ujTLKkJP0EzeU43pk0csDqYTKKQxJigBD6C4bbgkjxe8F0NWfdkRlfCl5hwYrEJxb"
    "3yOWl71CK4gFuJ/Kbq3nRrzamhE/jJ74hotj2xwUXC98zBq+H4S6npvQjdIIqP4m30ofjS"
    "apKl4U6xvg/7NjfszJPA2oVRRf1tcmGys/ofPls6hNz+xnW7e9EiOOVvreub3ufeoNu7al"
    "+2wrNdjTOkY+tq0Aj19mh5SkiUtmgJBeQleQrt853oDFJODLlyPN9uyPF8m3A7hWJjTpka"
    "bxHKgzl4aoRVP6h73CjMnPI4EOM811mUFF+p4n4RysMRfFBlSG7m5N98iGX+5m4Ktnr88q"
    "998my1e7w+uecEFDVEI2S1R146vsmPxSrK/yjddgTwRDyCDYCInNXbOAQOBjqwVZAXDoms"
    "/8JoSOiQA+PdNARXUsLHzjzi959umJlV4sjjeB8HQhjqiJj+dxI1SmiOJNd6Fhtw+E/Oqd"
    "pej3NQCiPvTI1qyjxT9VFgnJiHjRQ4Tt5o5gDknODJHJDcnK5mQdVyHyxrYvdJ2WkS/rSl"
    "h/lOgFhiqYlSQ171ExEgQHSbLcUYycj5it6Rp4BtRMuErMy/REfL0N81wKYmwHZkqE7JA+"
    "tKcBo6S1f/G63GgKY22Uub7NhtsqTVniBVWQyiRF3ipIUFu8FSJlPlBC73Iqoa0sgWyPFC"
    "GlivBphaRuwx0oOBMp9k8kQNXdXYiUpi2DV2UqMmeVGTLbv3gmFZLr7PzXxuvoC+cvn62X"
    "xJzUSXo8s5Bg54nYSulB5tbnCaa8duX46dTS1nXCI+NUZYi6C0CDxNVYj7a5qa8aUZH94u"
    "8rM+TFUzf1uWdID/P9KQDk4cDkwIee3o8OyLmNHn7f55+6LTiKuWLfDUC6o+Uo6uValSAe"
    "6eR5iWwxv4ig+a22v/NM+x2mjhuHwmjrX8aHBLlI2SgKg857L5EoPE5RnX6E7GoXNbx04C"
    "eDGIXBcz1Uk7WqvsPXVQusLKf5P5LwVf5NhsTbHDOkfdm5tGVXKoONa8PhXIZv3xngr4mr"
    "awkRsjrGPtqqlzGbHUHglrHpeVlnTUtoH6HhODNsXJ+cs3ybKCgXLnoYEOarnntf5jii7d"
    "pdqeVT/g8y/zRopRL2/kseldPl/M85n0WP/Vj1xwpzZfTKaEkiG17sgEBLmkK7C8XQ7XQi"
    "a5fE16MdnHDJaK2MfYf8dWoq+tM6dyVho6m825y6zRChslyyA473V432ZjZjOcwnGg/0+v"
    "B5B49Vyvo+b2vzFu8gBCMi2TmRoiVzo5td/+3L5qEYeChri1PncuL9uDFpkx+JCc2VeVFz"
    "Y92pOYhm3AKEQ0fsWy/Tn5vbcSwIsUiyd/DeBFWp3ZKp1jz08s6CA3zm864ChdBBXJsQfX"
    "Rfemcz6Qbbh0w2Yjcf3Xzk33/R+iYPA9s43xSpQMPsfH/QF0Qzx53r46h6UlLiKDYA9KlB"
    "G+tTq/X3dFqWEvlRPfDO/w2n/BKxxVig0L2KuwDxemUrgBngi5FN8KZgUifnz+/WKOpobj"
    "ty8nJ9/BVQJXsdQe3PnumcqLN2HFFIgFjxIqvZctp9xhMtcfRRh8OJYOWedISOAWNJKN7Q"
    "YMl5x4Fi8QOnnFWHUptJiVWUBkKaRKCy2evNIk8o1kDqLyrXGxzCITUYlO3C6/Y1YR4QQE"
    "O9wGi+5/fTQFv0O1B9/aJJ+FKQh/37Bxt9T2c5q3MuOmwoxx1vv7cJL72MA+K654TROHjY"
    "2RS/5HTMOpzD5s/DReWCPkMhkuDNM1LOc5vvbnogJaivqyYt34y2NJsf4rtlFZ2CCPGTi0"
    "XG8Sz6/JJbMNIkKORvBlXzInn9u/x4V2ftk7iwPHOMBZQoC+o1xg/USISq2hHZoQiETAuv"
    "HUWfDp/m7kQxcn/oKDBXa1mIVWXJ+a7MYn6+ql9qZq9J5d0I4ICNTVe2UPxqrg7whhPZM6"
    "7usiTI5SqcvpBn4j+LsLm+jGRNR08+0zG5SWxcHqtiZkxu1SO30eYyzbFkuYYmibINSqlc"
    "EhUohVd3zkl0p5mNSYoSj8n0EcLJuFm42on3USaKr3hkXNtqB81iSjKcPm04ROQERE1PcR"
    "/rExEkciGEVhMxBpbm92L06T/GQEaUsIPoVYZcEv0SXy9yzif7zK0kHMZGEzYLleaCeK06"
    "mrJktuSNt3Rn2W2Yw6vJC7k6Q8Ona/yrX/v9qw/79K2f8FcKiVDoVPp1dYASl5NlTHKj3t"
    "WKXQIW1BqUcpa6mrInWfRyGxJ0J7Rnw2x3iLUqs9RltnrqsjaNVjEfe9olXIucmOEiucIv"
    "KYODE11tijIsWK5bDLpmApi6BAOKOIF+vgQEfE8kqz2EMcy4q/C/iZLwhPNpMWz+dr9P5N"
    "9qGT/RQC/58O+cIl1Dv4bhIqCsdN4RtAqvo7YmEsgtfCTs9o8r6tkesMGoVVeZM84bYOg9"
    "6nzlVLHpNihM/l5Vn7/FMrAEv9+CA/OCiI5gmCeW6t7tU/v3Rv4BHD+s/CsFd+9JAfO+TH"
    "BPkhQaVOgLafulMQc1Mfawuf11HLWaIS8j56//ibs5jNqF0oCCREojDTBeqMpwkyAhJjPC"
    "Tzmd4kQ9tg47wdIKIieJMLk3uzAZN7k8TkinuDtfevllOYB/MBw0QDO6p4SckQWe0Pbssf"
    "lGzdgjcYJLMcmBTyuoKR+ZcjZWhnRQMuGCxQI9XB8W/l8W700LM56gYIX8Ojgf8fmdSWEf"
    "ZpuUDvgjhtwmESNeG/ZIzn2QQ+y+b31EwrGVDFK0olJIkkpA2pRn7JsdpFUs9FepJh2d5i"
    "wdWxjtBWMAZ7n2XTK4zvCbE/FCpeuvldFeFvx57xlZPReznqxn2tLGzj0yq9BjDFsSszHI"
    "14wuOt1Qdb6QYvOFTHr721Bp1f2uKKy/5NxZV+57r9EZ5gczq9tT51+h/bMJv/BYPeMWdK"
    "76n9Xxy53f+EmZUzcG4xtfKm8x6pbPhOoLru9QfaWfvqU4ugB6Mh6/Dt4WTM6/ZNv4t/z6"
    "ntGPJKv33zoS26iTrUnlBMGvvwcdCBz4Yf/WsXHmaTqcvg68HFuTeApt+9asOQYG3Avz+2"
    "P960sK3v1L612n+0ry468E10Ba43g6+66PzRAgUhoKp+WzAGXCsqOPMJuPC+fYOvuAM+jK"
    "ktRm/ffG7/gYPA98zoCkf5JPjxGT4dr98Jjszg+/HeoNfvdLRBu/1rT2BnDgN7h9J7ebJQ"
    "OPjmNE/szWl26M1pXPV4Fh0Dszcl0gn9/XT1E6fb5PUrtBjEhkBlB5kZt9hqHdxpWAKe90"
    "3bfOLZIA707lPCyO9gOA00y7BYtaUUUqW1jsVhdZiGw/QWAY+s2/VDnxH0GtG54cJbMPaZ"
    "CHvIwd60OnWmLO9mUbExFPC7oFUUp1NaSMEx1TpXA5w7YaSSE2+FO8/DP+kZ9kGHKchsY0"
    "T8G0TOSXH0hcddKGaTUR1v/ZfZXBGRHmBGd0QZFRDsRef8si0yq/0RYPf7rd0ddK8+ANF5"
    "7+pCa19f3/R+xbbcdEkNFwXsMBCJrvk+OtCIZ3AceU2maP8SpIb/WySGq7KTyV+qDQst2B"
    "iZ0uvVh0ZES2/UmDApx2PxlxpLbGzYYNt5c6XQ/pakVDnbTTW+RxZuMcankNacz895XwcW"
    "1DoxsprjJTielZ4xYN8yMJMUUoU5v5UY1c7vg8hJZCKTOTiNvOxdffAfj6c3p2VrABsfma"
    "+RHEHhjI3GuuSxd7ihMqpVJ3BkC+R4D/MjRlQZ4acOUAf1qxzUD/6LUa7rYJTyYKTc8Kcn"
    "OkDFXNBjknudzKFa8E6dzBFaY5UncxQK4gl7DyMGPyplyXiUfnnmhxNAvHiem/WISujH7e"
    "SAFA958vmQHfkU4lTeACgtJK+HA6EGUyw7JAiIMYOvJTQIWVqGznYEUr0u2+FyMsRHf7nu"
    "fGiS66sPuLP8xobXyTioSt5Qp3worPCbJDueCT7KZZYrGZmQw6b8gCidyqBzfpFUjO97TE"
    "ub7xa1Vxs5ncLk4cqVZ40HxuZNk9irRBeYr8DNs+5V++aPdLTnLKVy3dkfg047ji4b/02Z"
    "3tnt+bzHVbYs1+LPrWtOX77+4fWPr96+DlRMcGWTZkmpLD2lp2/eFsLoA4oj1BTbR4hr8C"
    "ub9ccLfvkWY1GTKEpX91mqps9S0l1LSC4ptoKtckIJFgclsLwuc3SmVt0o55w6094i1Z/z"
    "bzVzOHIjeFbjiwJJ+ug66fDDqfmcdDFiTBZoNBwyhQ8nwxU4UthKCsOL/PMjMrb5LNqVUg"
    "T1mdxF5wtuJFy56l51a83pCn6yQ2C1YNjohNDRSIwc0NoMJp7jEm69E39PObwP3otKEd1H"
    "rCEZhGdhJX4MnLu17jlCtvK2OJhFRzIcxrVwWLWpNdj+JzaO91vq9j771sfNDb5qnWOwa1"
    "kcdORhsKYbBYVx0/nnFzDlZHygN0Z6IGG/c4V5B+CeY6B/VwT5G6kBhvHOMTllXXFViKeZ"
    "zeYLtU5n20+8dpj/quazrQ2ColFxUTqlS3nwdR8zYrgid0SUE19gO3WTT7w4etnqxWkR5Y"
    "N3gzj/OdiRxrcigksh3aHsOoOz7897RSWIwjJwzzXlQR/a8eLrsTo/pjAE6Q1g3IeqhWOX"
    "kW++DR7dJveOkcPWCoycJUWXHRMZIlF6ua3AUnBdU8gD1pfoqCCMgXcElKC7kvLA2gQgLo"
    "vnjM7bdegkunnlwybTqJW2zEXbl7j/jL9CXAiaL6hsu4ts1dISS6NWOMhVSZ821KGCG49Y"
    "PWnUtSzKykL6ZvCppePwo7Tqbj7KxuFLlFEr1VgsjVZdEYTLFab1FfPw5f3b0PiNhVu0RI"
    "gOQwjC/vIKR8oat4+TxPZN4QgonRDG5mPgOG19EHxIB8E2uzfYsqTgI6QHExP/JDMfEDku"
    "IeMQWS1fteUL/n6pZRylPBgpN8Q5Mrc9YCMMOj0ezTg06QujyDs2L+zqpRCrjJMo7uoNqT"
    "ualpDBmqp2s0sn8tZpXvsWQWAUDleFpZCkVXgpyEOtlOxKol6ye52Ht9M8vKydeQs8PoPh"
    "2uvRjpTNKRZJDlaH1McWON3HA+cvTq7pfCgaJy//k4o410wHE2YLjL8WuNiZP5oSrK9ghq"
    "/tvWqzeQsGMoe5nxLMHBPOgwHNHnIezI2Hg5oxXPp7EQ+M2IMXJCwjdv343Oa6b9jE5ov5"
    "9+toY3AFEelm3+AdJlYuxXAsmy8TEY9VvefWOrljcxcDXJa24brMahKHY+IrX1omp+Comk"
    "uMUJ4Y90wGwTjAYiJSrJ7VGa7q27rZUcM4K0SsYpHzjAiRygF1JTPWKomZy0xvzT5GzU5u"
    "VYrL3rkRqEuhZEB5MCy+LJSv1KnPMUkEFddzuYngY49HvCopfZZu9GZ74YcQQF9UJ20tE9"
    "blLjWLqfeARGWGYjs6/3RaRjg5TWJYRPlEhTpzNlsgx3tg6iyGM7TrSh21xGgP57AlmmIH"
    "rjnYuMUdT9Xln3nWUiB3N6QfvGTOR7bODuWPKjEXHu0LV9o2u2frwmVKeK7yRnOTzzo0TA"
    "yZ1njwaI5ucqF2boIOtzJK5jbXFyP3nYiNB78Qs1Vx+Zh8BP4ldjYVDzviPjjJMya2PRsE"
    "vEzZ9qp6z62FHSYwE9bSnefk65zZBte/+qN4rQq8zVmEMYlTV/kYOXkB7OcWkxdXzM3rvy"
    "aSYv1c2boxnTJ2TrabO7eNtPDJjZHdPonShqiwOHFyexM8SFPyVhkZwVYiUyfEqsqdyLIf"
    "83Q1MjOQiIfTaANi5X1lTzagFsU3lxFPxamvB5jQHDQ58baMRkHBBO1Trtt/fBaZy/ERb6"
    "32+aD7awfujFzjnsWzlm+t/pf+defqAi85CwcTY/DqefvqvHMpHhwhv8ySGc6neaKZT7Oj"
    "mU8T0czCaIRfl6IZOTcZtTLKBoTI4lXXgK4qEQdXdlx1rde7jBj6Z904kPTl81kHVpjgPD"
    "xkuBn6TeroAvDSmmB3u9CLEhotbme9Iy/IkI25zcRmJMqOF9p4tgZBye/RQCXZhX3fOO3B"
    "+L5PMpwUVOuU2yUgjgjhwcgY8Q1veY0Wto0HgvbCQsdHTlsHFuCEWuQkWIC+M9X0awoB8x"
    "czMZ70zII9Sxojz1qE0dHUd53gjgMPLaewM4TcrBm33CncGLtM5smLo8NXL+F9sHBW0hrF"
    "P58G7JIyIwtr/QSdyjFlMgVYzBDhvMtZRzF7KLSs9qb4YdaWVPse5eEoBCQR1Sq4xTQ+Hj"
    "+9BScwIqdUXlCIcCcS3wIGs0a4LfbN9Reh4RB9wd6J8aRnKfAuI+e51DFNB3TLFjbLTGDe"
    "EOGQoFQ3bbNkkMObXEEObzYEObxJBjlIR7hgVaAI0dHxuYImnJJfJbo/hQkPZl97ks6MxV"
    "1jxIqbjgk61U1H2KvW5qPvqMhfQU4cMCBdeJWJHovnvSDFM9GLA0yd/ZiWNpshJ2xHc1Ij"
    "ujZki8QJ1YV1/G8lc4589E/UQvKaU8fBLEZLJ1P4T35Uc9v19n23tVR4Q5S21ooqa8UAPi"
    "8TwBSjrSWttKTrQLUnGKi2mOslpR6lrKWuitRTFrv39XUKtEKBF15EQvHyhxG6WgB1ivNh"
    "pDh783YL7L1ej3Sk3I2u8cKZn5FyhiKWM0XFFIgtFkGx1+sYnyPhevURxj7PsgKNQzzNGW"
    "8cDrXK1/rHQw7wtNmLeJNRI7GWO03szCPyTNE5J1/Fk62fxP/93PpJjvLz12T71orekdps"
    "R7LA2/kk3iYCgsPXvUKD0W4Q/sW0bjx1/LCa8cOHELh1QImBx9usSMmJHcJKUdlpBVunRI"
    "i2c0BXhU5prJW7VOrfObKtTbpqzwlWxyKtc2WGv92QGf42q5tKuV5DqcSlZLS7ijDOuj1e"
    "0HYITAn1Ww6Fd+4SMnrMCtrhkZzsaJNsP9QkhsjfYrbDLWFTlVpCVRRXwI8pgRqGyI4QMj"
    "xciDAtsgvz/TR9kZbFtSlXIUqodrZCQ2Q8SvcFD7gt7hJQgcY9JgatW4ZKn0YGc/g92/BH"
    "EmfJ2Nyr0mO4BH1HciKTKZ/PqH3neW2SMqdK3U1ihPwBJUt6R0jrY70DWMbFA/IShEcXJ1"
    "ZJPF4Yi8jvaUWQjdrX2hKmH6ToPxJxDqoCHJgQ8uLN4dmnVp1BD+pPqzG4PgV4GDsNHT48"
    "jJr2+Yy5U9FiPKingGmk0gpoikQLInLVgwJEIh3ce5nMME4Cpdsbti79p7A6am7ANPH/wR"
    "YssguHSFROsi+5A5/m2oFPN+zAp8kdWLCMFbJ1QiQ1l/Nx+QnU95ClIk5EetcIxg0leuVF"
    "x+qaHtUICZwlrff+fcuXx631uXc1+Hj5R0tmx5qrW+uPTvsGL6wYtc1ynby3XuVDlrEoCK"
    "isiXYIpvi7cxEsxZJf6ldbcYhL7xixuFdeSiX4o452zV4Dhxn3WEe7PkWpZ0W7lqrFuFZT"
    "jwyWOkD57yVKqs3AJExtIeDdaW7y7un6mYec+mw2bNmZfiqe9CPjUrJ95HtYgUYxpDpEor"
    "LRWtZ7e/Mmj/f25k2294b3YnYoLKoCHPYeP0Lu7rbxwC/93lWGVZnZeEA3Ri75HzENRyEv"
    "eRtHaciMiAWR6CYQbxwQMw1wgLO0E4BdgtV//z+slpLe"
)
