from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    # One person, many memberships: a customer becomes a person's membership of a partner (or
    # of the platform), and the mobile number and national ID that were unique per customer
    # are unique per person. Every customer so far is its own person, with the customer's
    # mobile and national ID, and a confirmed membership (confirmed when it was made). The
    # customer keeps its national ID as the membership's own record. A person has one
    # membership per partner and one of the platform: NULLS NOT DISTINCT makes the platform's
    # (partner null) count too.
    return """
        CREATE TABLE IF NOT EXISTS "identity_person" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "mobile" VARCHAR(11) NOT NULL UNIQUE,
    "national_id" VARCHAR(11) UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "identity_person_mobile_form" CHECK (mobile ~ '^09[0-9]{9}$')
);
COMMENT ON COLUMN "identity_person"."mobile" IS '09xxxxxxxxx';
COMMENT ON COLUMN "identity_person"."national_id" IS 'the national ID first recorded for the person; a membership keeps its own';
COMMENT ON TABLE "identity_person" IS 'One person on the platform, known by mobile number (and national ID when given).';
        ALTER TABLE "identity_customer" ADD "person_id" BIGINT;
        ALTER TABLE "identity_customer" ADD "confirmed_at" TIMESTAMPTZ;
        COMMENT ON COLUMN identity_customer."confirmed_at" IS 'when the person confirmed the membership; null while pending';

        -- every customer so far: its own person, its membership confirmed
        INSERT INTO "identity_person" (mobile, national_id, created_at)
            SELECT mobile, national_id, created_at FROM "identity_customer" ORDER BY id;
        UPDATE "identity_customer" AS c SET person_id = p.id, confirmed_at = c.created_at
            FROM "identity_person" AS p WHERE p.mobile = c.mobile;
        ALTER TABLE "identity_customer" ALTER COLUMN "person_id" SET NOT NULL;

        ALTER TABLE "identity_customer" DROP CONSTRAINT IF EXISTS "identity_customer_national_id_key";
        ALTER TABLE "identity_customer" DROP COLUMN "mobile";
        COMMENT ON COLUMN "identity_customer"."national_id" IS '10-digit national ID of an individual, 11-digit national ID of a company, as this membership recorded it';
        ALTER TABLE "identity_sign_in_code" ADD "membership_id" BIGINT;
        COMMENT ON COLUMN identity_sign_in_code."membership_id" IS 'set for a code that confirms this membership; null for a sign-in code';
        ALTER TABLE "identity_customer" ADD CONSTRAINT "fk_identity_identity_a7f86e25" FOREIGN KEY ("person_id") REFERENCES "identity_person" ("id") ON DELETE RESTRICT;
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_identity_cu_person__b9be98" ON "identity_customer" ("person_id", "partner_id") NULLS NOT DISTINCT;
        ALTER TABLE "identity_sign_in_code" ADD CONSTRAINT "fk_identity_identity_adabc37b" FOREIGN KEY ("membership_id") REFERENCES "identity_customer" ("id") ON DELETE CASCADE;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    # Back to one customer per mobile number: refused (a unique violation) once a person has
    # more than one membership.
    return """
        ALTER TABLE "identity_sign_in_code" DROP CONSTRAINT IF EXISTS "fk_identity_identity_adabc37b";
        DELETE FROM "identity_sign_in_code" WHERE membership_id IS NOT NULL;
        ALTER TABLE "identity_sign_in_code" DROP COLUMN "membership_id";
        DROP INDEX IF EXISTS "uid_identity_cu_person__b9be98";
        ALTER TABLE "identity_customer" DROP CONSTRAINT IF EXISTS "fk_identity_identity_a7f86e25";
        ALTER TABLE "identity_customer" ADD "mobile" VARCHAR(11);
        UPDATE "identity_customer" AS c SET mobile = p.mobile
            FROM "identity_person" AS p WHERE p.id = c.person_id;
        ALTER TABLE "identity_customer" ALTER COLUMN "mobile" SET NOT NULL,
            ADD CONSTRAINT "identity_customer_mobile_key" UNIQUE (mobile),
            ADD CONSTRAINT "identity_customer_national_id_key" UNIQUE (national_id),
            ADD CONSTRAINT "identity_customer_mobile_form" CHECK (mobile ~ '^09[0-9]{9}$');
        COMMENT ON COLUMN identity_customer."mobile" IS '09xxxxxxxxx';
        ALTER TABLE "identity_customer" DROP COLUMN "person_id";
        ALTER TABLE "identity_customer" DROP COLUMN "confirmed_at";
        COMMENT ON COLUMN "identity_customer"."national_id" IS '10-digit national ID of an individual, 11-digit national ID of a company';
        DROP TABLE IF EXISTS "identity_person";"""


MODELS_STATE = (
    "eJztXftz2kjy/1em+GWdKpJKnMfmyNZWYZskbGzwGbKPW28pAwygs9BwkjDhvrf/+7d7Rh"
    "J6YklGMGDdD3uxpB6J7nl0f/r1f7UZHzHDftEcDvnCdGoN8n81k84Y/CN6q05qdD5f38AL"
    "Dh0Y4lmDjSbM0mjg2YHtWHSIQ46pYTO4NGL20NLnjs5NuGouDAMv8iE8qJuT9aWFqf9nwT"
    "SHT5gzZRbc+PPPGvvuMMukhqaPNPxCe06HDF8UuFH76y+4oJsj9p3Zksz9MLgHd4bw4fKZ"
    "+Z021pkxCv1g+ZC4rjmrubh2pk/apvNRPItfO9CG3FjMzPXz85Uz5aZPoMufP2Ems6jD8A"
    "2OtcCfj7/O5ZfHEflL14/ITw/QjNiYLgwnwK6Btr5W07ROt6/1Wn1Nq+Vg8JCbKBz4VFsw"
    "YIKf8Pwfp6evX/94+vL1u/dv3/z449v3L9/XUbJwL37rx7/lx6y5JYcSPGt/anf6+EEcZo"
    "CcIHjhb0FDHSqphITW3BfCifH/fEqtZO57z0f4Dz8syn+P25sE4F1YS2A9a4uLoLacUofc"
    "waCEj4m7OhpkuLAdPoNpuaSGwcR8ySClGf2uGcycOFP4892bDQL4tXlz/rl5c/LuzbOwFD"
    "runVNxC+Wx5j9fAsfyCMAnKCQBd4JvEMBOl0CIua9O32fgLjyVyl5xL8xf8f852Os9v7v5"
    "XavthLunL19m4C48lcpdcS/M3dTjISu7UwcoaXZvaXvhNiPepxN9BG+eMuJ/P+46eGGI+4"
    "wF/4TdiM/h00dEd8iJe8LfsZX9TI1NKHiYFxOe4iJTaUeyV7bDZhqIPw+vw1RbYfV+tZ8Q"
    "o//xLgOf//Eulc14K8zlERvojq3N4MzXTO5o7PuQsZE2tNgIridonJwbjJrJzH94sIhABj"
    "BaWeeFf6UEqWxSL7vdSxx5Ztv/MaS+GVE2O1+vzlqwHISU4CHdCemgAZ1T8i3GT8nmnLJ5"
    "eLBKNrlloxn6THfy2WVRyocttG1x/WVZe9QOLbSABAzQLpJs4o2rwCeqZnuO2e5u7KCbjf"
    "Bjcs33OG0144vNeI+T3HYSJ34GIfiklQwK7jruMVpoKSQQV3J4pBwKLIY4bSWFYlK4Z5aN"
    "H5qL/QEiZflesxmMbQ4ZsHs2YJYHVRjUdgi7Z2ZWWHQvYpkxhyKSHZfLL71uJ1kqQZqIWE"
    "b60CH/I4Zulyae2k/jhTlE5pPBQjcc3bRf4Gt/Lgv028Bj5FFIb/Ls55Or5u9R0/r8snsm"
    "WAZ7ycQSo4gBzuL7FbJMownWwgXccfQZS92tApRR0bikL7x/qONdyL51wQ8cdU1jVZPQyg"
    "bR9NtXrV6/eXUdks9Fs9/CO6fi6ipy9SQKh/iDkN/a/c8E/yT/6nZaUTH6z/X/VcNvoguH"
    "g+W81OgogAJ5Vz2uhaQe8u9lhbBCRCr7j4qihVlArFfpINYrAWKhn3R8l+irkwyMs/wjt5"
    "g+Mb+wlWB8G76Rmokwugs9X/oDHRjD//bmlHd1PV8tuvSdy+GpBr8ffjWTNuANTP2b9jmc"
    "LMjoAR3eLak10kIcxzv8lEeu+M+GbwXEw5MQE5eqa7I+h//cMIM6yVqCJxye5TRSDDdPE4"
    "zg8ux0FuHljJp0Ir4Sh0PicNhDS2gi6WERLU9TyRobofm6zYMRErU+6EN84Qz49wbhJiMW"
    "X5I5qEruUGQ4peYE6KQGxUahm0sdZLpwyITO7RdRXWrLQydGbHg/WM59T92LxWhU4RhKhm"
    "P48solgyDV7kyPIxHG4aOBRyuIwwIEj04Mh4sJHq8oDgwWPEZBVHhHbuhJJXzD48lGgCOs"
    "RWdfa2G6ap0VXmfwAaY9TsGYNkkgQliJIJcINqBPgSyDR8JPgdyGAxNEVvwpvA2kAFBJ03"
    "0L3O0HhjpS9kbWeLkAX04Ey8VWE7CrNer6IGq1RnofhquaJqG2zSQ+REDRI3xpEhCp0/Cg"
    "I5tQc0Q8rtnEZPfMIjP9O3GWnMiXJaBVWx05AazKCkntN0dFoTDZ7XgY6hvwJ/XTJXbH7E"
    "wJE682JEy8iidM4OLJw1/veZX5W7NnmOhgO+7WYOkURphzYGudMNOxVtGdJQv7X59m4P7r"
    "01Tm463KdHuaruqYFpuuCsT026T4c5fy45eHvXfHp9v+Xaa2dC3RQV9nTVCboo9k0Z9c0F"
    "ELqtXZHH+gXTsigYsSdxBfu/kgIqW8v1AfYsYYCVY20WezhfiIZJ/fVkZ9hAalljVd+flq"
    "YkIkKwItczGLmXphd59HvMMk1QCMn0c1uG51LtqdTw1v2t+a191ev3UBFwQafWv+2m1f4N"
    "/3XB/h363fr9s3eIF9n+uWxKv3pScHMyTxY+wCukOYcgu6g1op3AeiKWQCfWEobtyDnjdY"
    "5d4o47SF9krFwnqUAB4DrN0tPKaYMLKiY/GpuAWALAtU6cW47QCo3KsKUSJM+ShlepMWnU"
    "t9zqc2g8TXmiqZ8Xs2A6sftd1vdIbG0DcytvgMdF8RnOHHszkcLknntHctrj1ve/DEmLlQ"
    "5QlQQ2Zz7jBzuBLp9vHqRhYD3mC8lZzRKHb/CpZDqpM/ZRyKFvYDePfcTNnkm57p4tVVqo"
    "L0lFPeC1U6eXx1k13BebK8CUz9RqCKyQ824Zb4e8RnIA/4e13vRMGSJtFVnENSCaQqy6sg"
    "vF1KPSALA1FtRxvpE2bnArrjlEfI8+1Pc3kG5jsM1jRVcETxOLDjrJu3Elv8jJtsJZStQv"
    "DL9qc51vIripZ5tEpzvtfufLpsadefm71Wg9jAa4Np8ym12a2ZjKFp68sc9k3/HuJp63uI"
    "qgVDcPePpCHKxReOZjN48SjB25KORccpjwhjOX315sc371+/e+NvW/6VTbtVfGeKWyfZz+"
    "Ao5fGVdNv+3hSy/Qpxuyqfl7p9xMvnVTUAqhoAez+vn6R7JBG2ypuGolUR8ttMkissjSTq"
    "ShiFhVEVxNiJ8RAAx3PN9jDdEVkN+/XMVgVJtlmQJHVz3wKDjy8sMcrhpAMtA6PDWknF6Q"
    "ycTlTkMrA6NY28iuGI8Th8YO2qgpH31pToxPy1jBJid49DXrnrGs31Pr9jZi2pppF3r74p"
    "NEMfMdPRnZVG57rm+M9vtd9TVSNIFaWrTqocrX3laM0tNta/5+HwmkJlHtfsKeZvOpw4zD"
    "CI2ENsQufUKtQLqwTXEH6RNqX2NA/zw1RHl/O5S2dqMoN370CFY1DPCY4jCUYo2cz2ijDv"
    "f0IfVNbAdrYYyX6bgOL3gTSv2xhHZpMZXRGTZ9xmjgwzr1wjKYvvuHJOQ2gwtR1tYReSe5"
    "T2YNb+k/SJWewe1I8icg5TVlJWWcq2Q8fj3E6HIFXlWtuWz0FwdQsYYg/H+WoftdchOAND"
    "GOJ5s3fevGjtq0bSGTXvNvQ+D96uZ8LEBkCRqw16rem3g/7BJkjuZw4NVqQ3ZQNKZBHu+r"
    "r60ZQbI/E8fu8HMgST8zlfwI0JJxwUGTCpoxpuWe+5Ne+ZpQO7R1hHfEM5cL/ptVsPHN9Y"
    "FQNXZ6erbwD6pLBiAtjQJNYjUBqGat+IomGnb8hIn7g9OnNnr2Sx1U/TbfXTmK0uF52WF1"
    "yNkKnMeJUShbzdq4DiHCGtNGeVNWdfWEm5++mrKkK2Q+QxL+y4nHLiH8W6UyfUFik0dIGZ"
    "xwafyDRJN4vSbhChkzV+0kc/F9n3to8GVwhVOuuPF6GKqIU5onjDhJVduy271mPsFkzb88"
    "BQByaKzDFI4WmY17gNsB2MKw2Nq4RlkKPs3zkM010c4uTfGOFSFgDgz9AE6z84ezOY/sF1"
    "k8Xsn8MpzLF8wYyh2W1P9blbmI9ajol2OPe7os5B7GNuzbyqfCff3Ie+iR/0LKFk8nbHvz"
    "VvzbZDpqBUeOWX/cLLJ/AXs8g3jwFCp/j2TBZkxsHlUPAl9zpb+q90P+/WnFt8rBvAI0HA"
    "DMNGF90UaxNGniUc8YTAD9qAN0ga73SQn+DXMqkgBxUOofoGyEH92KK8GrpKVu9hpbHjTf"
    "1eHy2okdcqoiZZE+OGR4nBJvBPuT2QE0qGfDan5qpQuZgSIjVmVDfyTHyf4PjSdk/fZjEy"
    "4an0qf82ZmaaQoGiRs4UqQiZwsyuvXr5XOCZxPtm0r4QJ39wLdTJq1cpj3krwoUQ9JAGYb"
    "Eht0YCYii0YF5lWTCv0hfMq6g8DWpOFqDcFd3OgvQ73NLGNO9W9rGJA92arU6DsEJxZVkK"
    "2afXsY+XsefmWLdmxSCbCO3BgKe15ZSZAaWU+L9EFqzxV8oHMThZTkG1JbkKnxwIulOFnV"
    "WgXorUA+ZWLhMqTKdwdmwtYNcSWaZQrnx5XnqWMNFtdxsYuzULPUP7B2FDZ9zE95JIHrKf"
    "8yQ4B83uCpTdEigr2boFSPbaH+jAxJA9YTEwAbMkg8pVvA3Wrkd6eptUZvGEtvjc+aRruQ"
    "UjrR6JmUfCvI5kYYQDR910iEc6F9wp01vnthwjsxw+1xbzR/Kqz+df58fKoREDjVF/7Lq7"
    "kKMcK5Mqj14WLiGaZD2SRV0c45gYVLBswhJje5KKMOeul/CbP5ISqsx2OFrAL+yddBvcw4"
    "HDMIeXWAvkh1a1E56ef/NYc/sLunqqHP6dsLmK2qwA3m0AvArVE1BN6gci5Uzemyp9/KlI"
    "ukoffwpSroLtVfPrVMH2tRzOg0cG25cZSN72erU5N7KBWC0BMog/VM8EGviN4BzNChBmyS"
    "1HJRsjqV06MqMjJhO8MRxs3WAOyyPV4T9zh+imiPH22+357fVkGz7bjbSNZpeX86ZbEx4n"
    "dAKzAsaxl8yyyXJKHfHAWLfgRd4LXYOCnHxz2e3x70Xg7d+eZey+mdRxs8JSlMRSnkobTB"
    "XbW+ZsaXm8bSxLqQDK58gQPSnyI53HISKVOS0CFLCjMv7dwLCDIfNdOfuf2lUP0Z0z3Ibv"
    "zW2chMhUNk3EfNdHGGTvqzAR5SXjzN9Pp9EK6n0iUG/MYN2PTeUF1CVYUoFYuwz2UyDGL4"
    "PRZBJuTaip2+JcglVK0VJx2AQnpC1NmpbDBtRqgPmCIXL2OhkWc1iZaXFjHWBnJ2TnlvOO"
    "yht8wBZMXuPlSNWKKt+1iGZx1cIf3+k3CGwGwyk1nVvzc7ffumyQKXeYcWs22zeX7U6rQa"
    "huGbrJbs12p/f1pnUDG4xpLyxm3Zq95mWrpzU/tXAgmxrop4MfCGOdNTtftLObZuf8c0NU"
    "D9QGFnBrWkRT376vX4fvHDr6fVKrGM4NRs2UTSxIF5HvAAjLErC3we3WXXHW7V6GlI6zdm"
    "Sj6ny9OmsB7wXr4SHdqVTBShXMqgrGvRpbCjdXxmmoREZFFH57JJNdTfqLBOYObLFly31I"
    "LtSch0l5ajTvrMGFI6YXDdTXkSX9cMatCGxDw6lbpReti/VTXgNyRUsyBSZkuuHnTtfstp"
    "/mIs+ZKjP5rHL7htSJoc909C1hzyL0TA05bOTkBCsoeWir9F49Q3NtSW0yAbXCTKzLtN3R"
    "K5uvsvkOb+Ouuqdtq3uaaGukUO80+J7cUddBmirm+kE/iTwf4gz+pdftJDN4TRG1uPShQ/"
    "4HB5Bdmp+k9tN4YQ7FGTZY6Iajm/YLfN/PtXKVwiR2I4dCxpbH5pOr5u9RCZxfds+iVhQO"
    "cJZiDOerLB2mUnrDEWWkhw4XNg8YN/aicP2nKgGhgiKqxmZVzHIVmV5JWZGKUcrt2irEpe"
    "+jKo5qgthRSZtSsTRZ7SkJR/PrQGXB0NYPPwifdU2/NCI3Q+B3ndyZaLkOVmTGB1gWUTYc"
    "IycY0BCsQipqLAqIK6Gy+bZfgKXN+6HSjTY5+eb5Hr49C8Gn9rqquVcyHRsvhQuVkzmH2U"
    "KmzGIfbk269gvYsHJsjHp3e7PIxysYT/WNsr4BxpMzLY/lt6ZQF+uovfzHd+9/hXClrdf5"
    "VahucykMx/0guEV5uS1uuWXfkyi2jA+EBosy3zE29xszqCGuyixPZ/1xmeWFIgQCh+3jPL"
    "NHmPVYqne1BypI2zyHP5K0wsDdbJohajSabsKPcEkyuFe5yZ7j0iVIRGzmtqC96jVkViAo"
    "RxTdGrDroVOgTu6pgVHzYGbUXZe3PeWWQ8RGkOBh3f4LKu2s0s62hsnvzxVVwjEPKyy3uy"
    "9EpLLnQxmPH3UcNpsnVZJM3UeCJLvDxV6Wu5ucvnrz45v3r9+98TcR/8qmvaMKYH2isHJV"
    "p+pJiLmgI/AQfYA11LjR/W6KJDHRxNFiInU6Y/LoMQl+bUbm9hzFSFVuN7IO9hUmjUCk3c"
    "ZDsRZdgdBzKhDn57pJPPtMJb19g/tp/Wu24IFSL41gh+LM6sSKLQeViiutw++TMItgbH4W"
    "yAKfx/iPnJ16RfCT78GRhY3InNr2klujRjTNQ7ylTiIB+uu+uhta9pbxogrAOFAAY8f9QB"
    "UTwS7agVZR+GVmXnv7Vm6QKEZYcTwbxy2eBng+nOvu0e6wEarMcOJWLacO1f2tg7nrovf8"
    "rdm8uGp3GoSOZrp5a3avWzfNfhdvu6NjBvv5F6378WP7vIUZ7MM7jY/H+pDdmr2v19fdG8"
    "x4X8znXJU8iiqnfcc57ZsbCaeFEh9I82ARwo+LA3RD76PdmAKwNqTeia9CPbJYc+H3GRbA"
    "+9T5/z46/cegxbCR51/MA3wnUCqLf9eWFjcnvnIvY8OIxZe5bPWtoeIGH2LA9AIMpQSd84"
    "Go+gjtwSBqTxIxrfwf6YvquMJzFImyP6KqCEogpEfctnaflS3qZbWrFY2lHhnr1pzrfRzm"
    "ADfVTIVaLHavsyWcLTvvnLmjmY3ALp3PLX7PRtJx9282dHIk0+4lZPCcLiZTpyVwxQT8PX"
    "i7vgmBN7mjj1cgXHxe83HKTBU5xdMC+gY9kxqkd9W/JkPqDKcM2ThkOrL0ZMTumcHnMwz5"
    "E4kazHbsZ3WM+NPhimXhY4nlOLf+ggpxP1DEHSeCNrb4LA8QECLaIRKQEwdQCXkHPRU0V1"
    "Bu7aRaFn32PWW2R+lUxoVrmFjGTLFnMFBQYCPR5zpsHnadDPlsRp/bDFSM7JW/Nxkjrd/7"
    "ITskVtvCt0Uuu51P3uPRgheRUiOLAR5ReeQTIDmChbBrhs9gXsMxnDPLKUy1s8DlHW0/rz"
    "O5SV5vcJO8jrtJpmDlJ1aoTJ/ZAZJqZuee2QM+SiiQk85t7/mK1blZjSasrf83wZWR3kQj"
    "QKJyGYXa2QoL5Lv51u6+h+q3p6PvBzn33l6oTEmItEJUVUdUcyQ8lm+W92aSeYlGOd6sZz"
    "fJbffxhwzydMFXRu+hGr1VnlypeXIOqDm5jFz3eZWNW2XVn8q5WR3FOz2KBfh9JXXRpNM4"
    "dD/LgSzQaG0WoMhUd0mQ1ddFQ3RZHwkoTZvKEqxe7zk48m3heBAwtsiRp2OHWcgMG9PlqS"
    "lrfn6IoeWlvenWxBImotEpDiYIRVdgZ2FRUen4GZnRO2b73YFd2H7AyNLSHYeZIok/I/7+"
    "J3YGcBZCAKBNwN0/ox2mvcvrB03YmDU3txa3ib8qhUZJhWaffWlVipkvI8I4skiyT/EIYU"
    "mBJMc62ZNcJ3nmeJhKXVithnvrStboE+eAVz5vSuEw4MT3HCvhxjqcsOHdbTpZuJzO47jt"
    "NMN8t1wcDtIcIYdL6CmQ5uhL5/FeHH07Y3EpTif1fSBHBAOslfYiqVBr6h2elPDognnTIP"
    "N5+c+vra+tiwaR1LdmT/bvFI07Pzbbl3hPZkXAvS/t62u8YN/p83lmd0nJyU5VfaNtZ3Jg"
    "jwNmWTwhQjh9uwlTqashKrvlVMhj+gw/LuQxdNDATltA5AGyKllK5WSpKOaXU84J5Acj71"
    "rT1Sr8UAvdlhguBruieY6Qq1ujBrFXxHl1NNMdElBmntR0Yab85UWqzoVJD2ea/OaBNfaS"
    "sTlBRYJM6L2YDg4nlCy5dcesD2RgUPNOOgAE8C+XxdObJEODggALaQohygObIt5EgEnB79"
    "zJAdvJ6INM5XJvUoObzHUuSWcPXzhDPoNv8NpvCC7APJvbzPamE1lOsenHif+Skc5Gz57G"
    "3FLEE9pcjHSnZTpWYvPmwN36Ji8oxec05j9YZkDSnzXhfAx6+/ymy8GL4UxA72rlAVTWA5"
    "h/Zz0026vmu0jWbcJtB+bpU9S6/FWcFb72CVQGV2sy8fknffRznQRa2btXXryIJTPux30g"
    "mKndwY/PLQKfSmU5FA0k3D5SKliWt2pdmOoIGV2Kt+b4y2WIWqLyazEGC/hdJ/oYlOxVxm"
    "1lL+EPIf0s6xIIER3hCniVaQW82rACXsVXgG7OFwlqVHqjeZ9AjT7z+Nq8feZlrTRrspjJ"
    "PF2bDS3m2GRG7bstKFaltKCHW/jTciyHNYXKa0HIwl4Mh8y2CX6hCAdFHMBthyecVXAxR3"
    "3z8lfNaCF3Gm2Wx6EZoVI5CW+nbk1FkI3f2GDK+V3TBSwT0I3IE/VNCAe7x81FW0oSLQCD"
    "Zov0/tzvX3vgKUZaUwKv0O+ZtWq4RUwm4Za1wo7A0kkJ5U+2MWCV+XWgMAkzR6JdcW4tN0"
    "JY1n51rBIJuBdFk+ocJ8WaoDokEvgpI7f8lpQZmRqhUthq2xtjh/DLJ9xKSax4OKQuSK+0"
    "1omHodbrN/tfew0ydZy5JmfHrYlIZfdrvyFag/KFc2vetD5+7WFAncXGmOgEz1wClWPA0x"
    "cd+NfIhH+dXXbPv7QutObFxU2rB1cHbr1cNyL/1uy0+r91b77A9zIH3VeFtNmtw01C92Yj"
    "lnQ2bKpCHqLbYRXy/US0bLEKeWU7VC0fq9i87cXmeVZMbvU2QnhMS2q/lYs9xsbFkbt0sW"
    "txXwRGPDCJ/O1NuwfqEEdmY+5CxDtARs4Xls0TO7SFH6jnwEWGa5IHYZHPfAm3JCw40u25"
    "W7t1KmpD0ZEXRjTg38mJ7hADxrdFIxgMHALxIzm3CGaNidqMumMnNGkr7S2PAFD228NKoW"
    "zn11kyD1+npx6+dnMPN6AlOD/zQyUBqqPJVdnHKbLXDc4/ZtK3uOBJlHmTCx6IGet84AAY"
    "Oolhkh4O1yCunirisOsefgt/U4fMQKuS8dmuN2UMP3GVDAVvdfSEbe3PKHToL4+/KshYla"
    "V3LJtgAfTHYKMJszQ6HPIFfLH47hd6vsKSO4aQEZ4q3PTPJ95hwt8ctgBkY07RXLc6F+3O"
    "pwZx6W/Ni9Zl+9fWDQJw/pYUzXpVA0qrcly3DOj48i4A6URpDyaN4kkm4FXQXfqiOl7oTn"
    "XP9NOD7jzGbg+6awVGPDCJZIXuIrNRRejOl0K6ZRsUVGbLNjhfHrZsfwP7kK27vpElhbEI"
    "loR0VXH7BzKcUnPCbHLd7fXZ6AXB/irY6RUE5QZqetnHtgNTctRIaK1V2otuTbg0YqIHlJ"
    "8fDU9b97KHnSTD+pYYQPVN/q3Z1HC+kZNvLr8lC1+4LLS/PRodrGzlfdrKCyuhk246NOs+"
    "rnJ0REFs9vRl1lKUG2tRxoJtA6soD6MjZEfI8O0neVUt6XccDFLZPelz/Xjtnj2mnSknZR"
    "Wsnn20WlZNEFmNnUf2Sy7T1rnkifYNXt5o0yypAT9BM3hGM6ZJbNA6mEyikMSYoAQ2gu40"
    "4JJ0L3imhqx7MqMrYUtMODHZhOJZ+YI0XWoRXMDNWH5TeW+6NedUHxH4yR+IaLY9scBEwv"
    "fMwarh+Eup4b4IzSCKj+JttKH40qyTpe5Msb4P+z7XrVRPYGXCqLL9bTJh0rP6H/YtHUJu"
    "f+262b5oEJzyt+b1Tfeq2293O83LRnC2q+FDOrauBrVAb4+GuwmJ0hYNsQG5SZ5i9/lBdA"
    "YpJoZMOZ7vNuR4vouZnWJjY3aRGm8hyoNxPNWCWz9s93hQGBnlcSDKeSZflBRfoeJ+IcrD"
    "EbxfZUge5uTffIBl/uZOArZ6/PKvbPL0bfd4bXLXCMiriIbIKou8cHyTF4uVl/9huu0I4I"
    "lYBBsAETmrt+EE9gc6sFWQFQ4Jrf/caEjAyYHxbhqCKwnhY2cu8ccvN8xIK3HkcryHAyEM"
    "dURM/zuOGsV2jjjXuibrc/hPxqnaXI9zUBtG1pka3imzTNVHgXFiHtYS4Dh5o54BkLP9Jz"
    "NAcnO6mvlVyz2wrI7dJ2WnSfjTkhbmBwFiiaUmSg251U9EgAAZWWwpxohHzpf0jiwFbEO7"
    "TEDL/Et0tAz8XQFsagJsR4bqFHRYl4LT0Fny9r9Ra/RpKpW9sMqO3SYLau0xUpXFIErUxT"
    "wtzD8NljKZKiNwuRdRVZBGukCOF9LAejXA1CJij5AeDJT5JJMnKuiqwk5UEsOusZMKNcmK"
    "mmzZvBcMSzPxPW5mM/MF9JXJ1k/nS2ImuhxdzjEwwKskdKX20foGo7ky7PZl2FnUtMcF4l"
    "MjhJUICovA3alycX9NUzG+MOODx0V21gepKuZvS5P28f9HKtK+x+HAhJBVjw7OvpAafd7s"
    "nTcvWrXo1rIFnrpB1UfK0fVWqlSAu2sRJuXw+rbig+r22j7N4lYbLmyHz4Rby4sGN0XZKA"
    "mISj+XxZcYJC59XMM7GYfOrRF2EsCLfuS6mKl2kmuttPdUQekKb/6b1H8p+DxuszXFDusc"
    "tW9uamXJoeRY88orkM764/UKeDttbiU3QljF2pVT5zKkqT0S1jwuLS1uqG0D9T0mBm2Kk/"
    "OWb5xlOQPlzgMDHdRyz6r9Rza6ZJNqe1p9n8+/zmsJSr28kUWnd/h8Mc+m0mP9Vy9ywZla"
    "fDGZEkoG1LwjExDkkq5A83Y4XAuo5PI1ycVkHzNYImIfYf8dW4m+tvacylmpj9hszh1mDl"
    "fYKFkGwbmvw/sWGzOL4RSOAv1/uj2AxKvnoypqbv8H4yYLICDTIpmpAXKlk1N7zatmp0Fs"
    "CjvErXnVurxs9htkxuBDMmZflV7Y9Gg9MTVLh1GIaPyKZfsz8ntvJYAXCRpP9hrAi6Q6s2"
    "Uax66dmNNArp3ftMBQuvArkmMProv2Teu8L9twjXSLDcX1X1s37Y9/iILB98zSxytRMvgc"
    "H/cGGOniyfNm5xyWlriIDIIzKFZG+NZs/X7dFqWG3VROfDO8w23/Ba+wVSk2LGCv3DZckE"
    "rhBngi5FJ8K6gViPjx+fPFHFUN22tfTk5+gKsErmKpPbjzwzOVF29Mi8kRCx4mVPosW065"
    "zWSuP4rQ/3AsHbLOkZDALexIFrYb0B1y4mq8QGhnFWPZpdAiWmYOkSWQKi20aPJKncg3kj"
    "mIytPGxTILTUQlOnE7/I6ZeYTjE+zwGMx7/vVQFfwBtz341jq5Eqog/H3Dxu1Cx89p1sqM"
    "mwozRlnvncNx7mMD+7S44jVNFDbWhw75HzF0uzT9sPbTeGEOkctksNANRzftF/jan/MKaC"
    "nqy4p14y2PJcX6r9hGZWGBPGZg0PJRnbh2TSaZbRARcjSEL3uSOblq/h4V2vll9ywKHOMA"
    "ZzEBeoZyjvUTIiq0hnaoQiASAevG3c78T/dOIw+6OPEWHCywzmIWWHE9arAbj6w9KnQ2lb"
    "PvWTn1CJ9A3X2vqGOsDP4OEdYzqO28ycPkMJW6nK7hN4K9u7DISJ+Imm6efmbBpmVy0LrN"
    "CZlxq9BJn0UZS9fFYqoY6iYItWpFcIgEYtUNH/mlUh4G1WcoCu9nEBvLZuFhI+pnnfg71U"
    "fdpEZTUD6rk+GUYfNpQicgIiLq+wj7WB8KlwhGUVgMRJrZmt2L0SQ/GUHaAoJPIFZZ8Es0"
    "ibwzi3gfr7J0EDNZWAxYPsp1EkXp1N0mCx5I2zdGPZZZjNo8l7kTpzw6dr/OdP6/3nD+v0"
    "44/wVwqBUOhU+mV3gDUtI3VMUqPe1YpYCTNqfUw5SV1FWRusejgNhjoT1DPptjvEWh1R6h"
    "rTLX1RG06rGI+17RKuTcpEeJ5U4ReUycmBpr7FGRYvly2GVTsIRFkCOcUcSLtXCgI2J5qV"
    "nsAY6lxd/5/MwWhCebSYvnszV6/y770Ml+Cr79Twd84RDqOr7rhIrCcVP4BpDq6AMxMRbB"
    "bWE3Smnyvq2RqwwahbfyOnnCbR363S+tTkO6STHC5/LyrHn+peGDpV58kBcc5Efz+ME8t2"
    "a788+v7Rt4RDf/s9CtlRc95MUOeTFBXkhQIQ/Q9lN3cmJu6mNtQX8dNe0lbkLuR+8ff7MX"
    "sxm1cgWBBEgUZrpAndGbICMgMcZDMp+N6mRg6WyctQNEWARvM2Fybzdgcm/jmFx+a7Cy/t"
    "UyCrNgPqCYaKBH5S8pGSCr7MFt2YOSrVuwBv1klgOTQlZTMDT/MqQM7axowAWDBaonGjje"
    "rSzWzSjwbIa6AcLWcGng/4cGtWSEfVIu0Ac/TptwmER1+C8Zoz+bwGdZ/J4aSSUDynhFoY"
    "QkkYS0IdXIKzlWmUjqmUhPMizbXSy4OtYR2grGYO+zbHqJ8T0B9gdCxQs3vysj/O3YM74y"
    "Mnovrm4814rCNh6t0msAUxzbMsNRjyY83po90JVu8IJNR/i1t2a/9UtTXHHYv6m40mtdNz"
    "/DE2xOp7fml1bvcxNm879g0DtmT+k9tf6LIzd7XzCzcgbGLaZW3rQ+IpUF3wlU191eXztr"
    "dr40CFowGrIO3x5Mxrxu3vTa+PecWrYur/SaN5+aopuoTa0JxaSxT5/7Lfhs+NG/tuFhNp"
    "k6DL4eTJx7HWh67U4ThgRtA/79ufn5poFtfafWrdn8o9m5aME30RWY3gy+6qL1RwM2CAFV"
    "9ZqCMWBaUcGZL8CFj80bfMUd8GFMLTF68+aq+QcOAt8zoysc5YvgxxV8Ol6/ExyZwffjvX"
    "6312pp/Wbz167AzmwG+g6l99KzkDv45jRL7M1peujNaXTrcTU6BmpvQqQT2vvJ20+UbpPV"
    "r9BiEAcClR1kZtxkq3Vwp24KeN5TbbOJZ4M40LpPCCO/g+E02FkG+aotJZAqveuYHFaHod"
    "ts1CBgkbXbXugzgl5DOtcdeAvGPhOhD9nYm3ZE7SnLeliUrAz5/M6pFUXplBaS76Za52qA"
    "cSeUVHLirnD7RfAnPcM+6DAFmaUPiXeDyDkpXF/o7kIxG4yO8NZ/mcUVEekBZnSHNqMcgr"
    "1onV82RWa1NwKcfr812/125xMQnXc7F1rz+vqm+yu25aZLqjsoYJuBSEaaZ6MDjXgGx5HX"
    "ZIr2L35q+L9FYrgqJ5n8pdog14KNkCm9Xj1oRLT0xh0TJuV4LP5SY4mNdQt0O3eu5Drf4p"
    "QqZ7upxvfQws3H+ATSivPZOe/tgTl3nQhZxfECHE9Lz+iz7ymYSQKpwpzfSoxq6/d+yBMZ"
    "y2T2vZGX3c4n7/FoenNStgaw8ZH5GvERFM7YqK1LHrvODZVRrSqBI10gx+vMDylRRYSfOE"
    "AV1K9yUD/YL3qxroNhyoORcs2bnmgA5TNBj0nuVTKHasE7VTJHYI2VnsyRK4gnaD0MGfyo"
    "hCXjUnrlmR9OAHHjeW7WIyqxP24nByR/yJPHh/TIpwCnsgZAaQF5PRwI1Z9i2SFBQPQZfC"
    "2hfsjSMuDbEUj1umyHw8kAH/3luvWpTq47n/Bk+Y0NruNxUKW8oUr5UHjDr5P0eCb4KIeZ"
    "jmRkTA6b8gPCdCqDztlFUjK+7zItab6b1Fpt5HQCkwcrR/oaD4zNmyaxW4nOV1+Bm2ftTv"
    "Pmj2S05yyhct3ZH/1WM4ou6/9NmN7p7fncx1XWLNfiz7zXnL568+Ob96/fvfG3GP/Kpp0l"
    "obL0lJ6+fZcLo/cpjnCn2D5CXIFf6aw/XvDL0xjzqkRhuqrPUjl9luLmWkxycbHlbJUTSL"
    "A4KIFlNZnDM7XsRjnn1J52F4n2nHernsGQG8KzGl/kSNJH02kEP5waL0gbI8ZkgUbdJlP4"
    "cDJYgSGFraQwvMjzH5GxxWfhrpQiqM/gDhpfcCNmypX3qltzTlfwk20CqwXDRieEDodiZJ"
    "/WYjDxbIdw84P4e8rhffBe3BTRfMQakn54Flbix8C5W/OeI2QrbwvHLBqSwTCuhc3KTa3B"
    "9j+RcdzfUrX32fd+XN9gq1Y5BruWxUFHHvprupZTGDetf34FVU7GB7pjJAcS9lodzDsA8x"
    "wD/dsiyF9PDDCMdo7JKOuSq0I8zWw2T6hVOtt+4rWD/Fc1n22tEOSNigvTKV3Kg6/7mBHd"
    "Ebkjopz4AtupG3zixtHLVi92gygfvOvH+c9Bj9S/5xFcAukOZdfqnz0/7+aVIApLxzPXkI"
    "4+1OPF12N1fkxh8NMbQLkPVAvHLiPfPR08fEzuHSOHoxUYOYuLLj0mMkCi9HJbgabgOIaQ"
    "B6wv0VFBKAMfCGyCzkrKA2sTgLhMnjE6b9ehk2jmFQ+bTKJWWjMXbV+i9jP+CnHBb76gsu"
    "4uslULSyyJWuEgVyVt2kCHCq4/YvUkUVeyKCoLaZvBpxaOww/Tqnv4KBuHL1FGrVBjsSRa"
    "dUUQLFeY1FfMxZf3r0PjN+Zu0RIiOgwhCP3LLRwpa9w+ThLbV4VDoHRMGJvdwFHayhF8SI"
    "5gi93rbFlQ8CHSg4mJf5KZD4gcF5BxgKySr9ryBXu/0DIOUx6MlGvCj8wtF9gIgk6PRzMO"
    "TfpCKXLd5rlNvQRilXESxU29AXWG0wIyWFNVZnbhRN4qzWvfIvCVwsEqtxTitAovBenUSs"
    "iuJOolu1d5eDvNw0s7mbfA4zMYrrke7UjZnKCRZGB1YPvYAqd76HD+ameazoey42Tlf3wj"
    "zjTTQYXZAuOvBS525o2mBOtLmOFrfa/cbN6cgcxB7icEM0eE82BAs4uc+3Pj4aBmDJd+Lu"
    "KBEXtwg4RlxK4Xn1tf9w2bWHwxf76ONgZTEJFu9h3eYWDlUgzHsvgyFvFY1ntuzZM7Nncw"
    "wGVp6Y7DzDqxOSa+8qVpcAqGqrHECOWJfs9kEIwNLCYixepZleGqvq6bHjWMs0LEKubxZ4"
    "SIVA6oK5ixVkrMXGp6a7obNT25VSkuu34j2C7FJgObB8Piy2LzlXvqC0wSwY3rhTxE8LHH"
    "I16llD5LVnrTrfBDCKDPuydtLRPW4Q418m3vPonKDMV2dJ53WkY42XWim0T5RIUqczZdIM"
    "frMLUXgxnqdYVcLRHaw3G2hFPswDQHHTe/4am6/FN9LTlydwP7g5vM+cjW2YH8USXmwqNt"
    "4VLbZnetkTCZYparvFHfZLMOdANDpjXuP5qhm1ygnZugw6OMkrnFR4uh80HExoNdiNmquH"
    "wMPgT7EjubiodtcR+M5BkTx54FAl4mHHtlvefWxA4TmAlrjuwX5NucWTofffNGcVsVuIez"
    "CGMSXlf5GDl5CeznJpMXV8zJar/GkmK9XNmqMZ0yek66mTu39KTwyY2R3R6J0oqo0Dhxcr"
    "sT3E9TclcZGcJRIlMnxKrKnMiyH/V0NTRSkIiH02h9YuVtZVc2sC2Kby4inpJTXw8wodlv"
    "cuIeGbWcgvHbp1w3/7gSmcvREW/N5nm//WsL7gwd/Z5Fs5Zvzd7X3nWrc4GX7IWNiTF49b"
    "zZOW9digeHyC+jYIbzaZZo5tP0aObTWDSzUBrh1yXsjJwbjJopZQMCZNGqa0BXloj9Kzuu"
    "utbtXoYU/bN2FEj6enXWghUmOA8P6U7K/ib36Bzw0ppgd6fQywI7WlTP+kBekgEbc4uJw0"
    "iUHc918GwNgpLfo8GWZOW2faO0B2P7PslwUthap9wqAHGECA9GxohvuMtruLAsdAhaCxMN"
    "HzltbViAE2qSE38BesZU3aspBMxfzMR40jLzzyypjDxrEEaHU890gjs2PLScwskQMLNm3H"
    "SmcGPsMJknL1yHr1/B+2DhrKQ2in8+DdglYUbm3vVjdCrHlMkUYDFDhPEuZx3F7KHAstrb"
    "xg+ztuC271IezoaAJKJaBTeZxsfjp7fgBEZkF8oLChDuROJbwGDWCLfJvjveItRtMlqwD2"
    "I8aVkKvEvP6Jc6pumAZtnCYqkJzBsiHGKU6qZtFgxyeJspyOHthiCHt/EgB2kI56wKFCI6"
    "Oj6X0IRT8qtA96cg4cGca0/SmDG5ow9ZftUxRqe66ghn1Vp99AwV+SvIiQ0KpAOvMtBica"
    "0XpHgmenGAqrMf1dJiM+SEZWt2YkTXhmyRKKG6sI73rWTOkY+eRy0grzm1bcxiNEdkCv/J"
    "jmpuu96+Z7YWCm8I01a7osq7og+fFwlgitBWklZa0lWg2hMMVFvMRwWlHqaspK6K1BMWu/"
    "v1VQq0QoEXbkRC/vKHIbpKAFWK82GkOLvzdgvsvV6PdKTcDa/x3JmfoXKGIpYzYYvJEVss"
    "gmKv1zE+R8L18iOMPZ6lBRoHeJox3jgYapWt9Y+LHKC32Y14k1EjkZY7dezMI/JM0Tgn38"
    "STjZ/E//3c+EmO8vO3ePvWkt6R2GxHssA9+STeJgKCg9fdQoPhbhDexaRuPFX8sJrxw4cQ"
    "uHVAiYHH26xIyYkdwEpxs9Nytk4JEW3HQVfGnlJbb+5yU//Blm1tkrf2jGB1JNI6U2b4uw"
    "2Z4e/SuqkU6zWUSFxIRrurCGOv2+P5bYdAlVC/5VDw5C4go8esoB265GRHm3j7oTrRRf4W"
    "s2xuCp2q0BIqo7gCfkwB1DBAdoSQ4eFChEmRXZjvp40WSVlcm3IVwoRqZyvURMajNF/QwW"
    "1yh8AWqN9jYtC6Zai0aWQwh9ezDX8ksZeMzd0qPbpD0HYkJzKZ8sWMWneu1SYpM26pu0mM"
    "kD+gYEnvEGnl1juAZZw/IC9GeHRxYqXE4wWxiOyWVgjZqGytLWH6for+IxFnvyrAgQkhK9"
    "4cnH1q1Rl0of6kGoNrL8DD2GnA+fAwatrjM+ZMRYtxv54CppFKLaAuEi2IyFX3CxCJdHD3"
    "ZTLDOA6Ubm/YqvSfwttRfQOmif8PumCeUzhAonKSfcET+DTTCXy64QQ+jZ/AgmUsl64TIK"
    "m4nI3LT6C+hywVcSLSu4YwbiDRKys6VtX0KEdIYCxp3Y8fG548bs2rbqf/+fKPhsyONVa3"
    "5h+t5g1eWDFqGcU6eW+9yocsY5ETUFkT7RBM8U7nPFiKKb/Uq7ZiE4feMWJyt7yUSvBHFe"
    "2avgYOM+6xinZ9ilJPi3YtVItxvU09MljqAOW/lyipJgOVMLGFgHunvsm6p+tnHjLq09mw"
    "ZWP6qVjSj4xLSbeR72EF6vmQ6gCJykprUevt7dss1tvbt+nWG96L6KGwqHJw2H38CLm728"
    "YDv/S6nRStMrXxwEgfOuR/xNBthazkbbjSkBkhDSLWTSDaOCCiGuAAZ0kegF2C1X//P0lB"
    "ZZ4="
)
