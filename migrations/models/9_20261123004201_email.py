from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "notify_email_message" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(200) NOT NULL UNIQUE,
    "customer_id" BIGINT,
    "to_address" VARCHAR(254) NOT NULL,
    "language" VARCHAR(2) NOT NULL,
    "template" VARCHAR(64) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "body" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_notify_emai_custome_96b8bc" ON "notify_email_message" ("customer_id");
CREATE INDEX IF NOT EXISTS "idx_notify_emai_status_78b276" ON "notify_email_message" ("status", "id");
COMMENT ON COLUMN "notify_email_message"."to_address" IS 'empty when the customer has no email';
COMMENT ON COLUMN "notify_email_message"."status" IS 'QUEUED: queued\nSENT: sent\nFAILED: failed\nSKIPPED: skipped';
COMMENT ON TABLE "notify_email_message" IS 'One email, recorded in the transaction of what caused it and sent afterwards by an actor;';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "notify_email_message";"""


MODELS_STATE = (
    "eJztXetz27ay/1cw+tJ0Rs0kdl5VOp1RbKXRrWP52krbOXGHgURI4jEJ6BCUFc25/d8vAD"
    "7Et0GakiAa/ZBaJBckd4Hl7m8f+G/HISay6fP+dEpW2Ov0wH87GDqI/ZE+1QUduFxuT/AD"
    "HpzY4lobmXPkGjB27YR6LpzyIWfQpogdMhGdutbSswhmR/HKtvlBMmUXWni+PbTC1n9WyP"
    "DIHHkL5LITX/9mhy1sou+I8p9fwxtaJr/XlD1Q529+zfLOmFnINhMv4l8kjhveZimOfbDm"
    "Q+x9FNfyp5gYU2KvHLy9frnxFgRHBJb/WnOEkQs9xO/guSv+WvypAz6Eb+q/wfYS/9FjNC"
    "aawZXtxdgwMbbHOoZxORobN4OxYXQqMG5KMGc6e1QqGDDnj/DTzycnp6dvT16cvnn3+tXb"
    "t6/fvXjX5RJj57Kn3v7jP8yWW/5QgmfD34aXY/5AhEnWFzw/8I+ggR70qYSEttwXwsnw/2"
    "wB3Xzuh9en+M9eLM3/kNtlAggPbCWwnY31RdBZL6AH7tiggMxAMOt7YLqiHnHYtFxD20Zi"
    "vkhIyYHfDRvhubdgP9+8KhHAH/3rs0/962dvXv2YlMJlcOZEnOLy2PKfrBnHqgggIqglgW"
    "CClwhgr0sgwdyXJ+8kuMuuKmSvOJfkr/h/BfaG1+9vfnc6e+HuyYsXEtxlVxVyV5xLchd9"
    "95CLoW3kKfFiJqfIGpnJh9Xlu5/IdEM95Bh3aFOF00mqtjH65zcSfP75TSGb+akkl000sT"
    "xqOOxTYWDiGej7FCHTmLrIZMdzDBVCbARxPvMfHiwlkAkbbVdqJjqyA6mUWSWj0QUf2aH0"
    "P7ZvpqRslMsvnz8M2HIQUmIXWV7CdImZKj7fMvz02VxRNg8PpmVTWTaGbTmWV82cT1M+bN"
    "g3xfUXLTDsYxKwCUV5rlTpKoiI9GyvMNsDxb5E2OQPU2m+Z2n1jK8340NOEurlTnwJIUSk"
    "WgY1tU7wGa21FHKItRweKYcaiyFLq6VQTwr3yKX8QSuxP0akLN87FLGx8RQxdjsT5HJczV"
    "sgYEPqAXSPsCyadhCxOMiDHADNyuV/bkaX+VKJ06TEYlpTD/wfsC26M/F0fpmt8JQzH0xW"
    "lu1ZmD7nt/11V1hRCY85jxJ2U+g/P/vc/yvtWp9djD4IljFdMnfFKGKAD1l9xVlmwBxv4Z"
    "yd8SwHFWqrGGVaNAHp8/APdUBpedXFXtAcYXvT8aGVEtGMh58HN+P+56uEfM774wE/cyKO"
    "blJHn6XhkGgQ8Odw/Anwn+Bfo8tBWozRdeN/dfgzwZVHmOe8NqAZQ4HCoyHXElJPhIVkIa"
    "wEkcphh7pooQyI9bIYxHopQCweXpvd5YZ4fAZmWf6RuMia49/RRjB+yJ4RMhWfw+Yg1ngR"
    "DXRkDP8nnFPh0e18deE6ikkmpxp7f/bWyPcBr9nUvx6esS8LZ/QETu/W0DWNBMf5GXJCUk"
    "eia5OnYuIheYhJQDXCaEzYP9fIhl6+lRAKh8h8jR6O/yghGMFl58RJ8dKBGM7FU/LhOHEy"
    "Cj4QlkhxlHwQWiqyoXIjsm0eDJh3xsweIitvQr73AMEIuGQNlsxUCoYC0wXEc0bnW1DITJ"
    "xcW0ymKw/M4ZI+T9tSDQ+dE8D/2glf2J/7obnnh+1joX0dxVcyih/Jq5IM4lT7cz1aIozj"
    "RwNbK4jjAgRbJ4bjxQTbK4ojgwXbKAiNd1SGnlTCN0KelAIcSStafq0l6fQ6q73O2ANgOi"
    "vAmMokkCLUIqgkghL0KZZ0/kj4KZbqfmSCkMWfkmqgAIDKm+4NcHccG6ql7E2t8d0CfBUR"
    "rABbzcGutqjrg6jVFul9GK7qYwApRT4+BJihB8gaAyZSrxdCRxRAbIKQaxRgdI9c4Fjfgb"
    "cmwL9ZDlrV6MgPV5sUQlKHLW1QKE22mQhDtwR/Uj/Lfn/Mlsqzf1mSZ/8ym2fPF08V/obX"
    "q8zfDnV4HQ71AtXgWpCNsCSMrV2AsOdu0ppFhv2nJxLcPz0pZD4/pV23pxmqzlixxaZAxr"
    "7Nyz8PKD/+/nD0rn227T+7tJaufHQwsllzzKb0JTL2UwA6GnGzWi7wx6xrD4lqQxAMElk3"
    "70WmVPiL20PInnGCDQWW46zEQ+TH/BoZ9REWlFretI7zdcSEyDcEBnjlZFy9ZLgvJN5jbW"
    "MMxq9iGlwNLs+Hl7/1wml/i69GN+PBOTsg0Ohb/MdoeM5/3xPL5L8Hf10Nr/kB9H1puT5e"
    "fSg7OV4fyR+G1rAdkpQN2A5qVf4eiaUgBfqyoYh9z+y8yaayoszS1tKViqX1KAE8xli7X3"
    "hMMWHIomPZqdgAQCYDVYY5bnsAKg9qQuwQpnyUMV1mRVcyn6uZzUziW0sVOOQeOczr59bu"
    "N+hwZ+gbmLnEYbavSM6I8tk8wg75wenwWNZ6bnpwmaY3LmLvzvOp/BnLxRodYaJk13/180"
    "yMJM4fngsqYfNPhq4J/62T8JQ0zpkh6iyJx+S9qdqmIYe0dSj0ThqQuDyFkXqGac0RrQSR"
    "ZilVBktr8rz5fkW+9qymZrY0OqxeP4OonY26NgLHcghGG/GZruW4Nz/NefOwujhLSKs052"
    "+Gl79dDIyrT/2bQQ9QxmsbGcsFpOgW56MvxvYwc6CN6BxHYrbnOB4TT948PAbD8RGy8gyK"
    "2I3NHJy+GMXMUrbIOz95+ertq3enb15Fais6Uqatspopa/fKf4PTlDtqateqT3DCq6jF7Q"
    "bbrinF6500XtPV47p6/ODf6ycJrOcCIlULGAydW91keVVtaeRRa2HUFoZupbAX5yEGu1aa"
    "7Um6FnkNh43p6VYWTbayKFTuDTC4fQltaQ7nfdAkGJ20SjSnJTida8hJsLqwAFlH/zM8Tn"
    "6w9tX7JrxrQV5b9S44OVmf7ZBX5Y44S2tM7hDu5HXDCc91y4L6lomwZ3kbAy4tw4uu3+XG"
    "MTqwrWRgW1f37La6Z+mimfW9Coe3FCrzuEMXvPLPI8BDtg2EDqEALqFba/OdHYSG+BMZC0"
    "gXVZifpGpdnsY+g6n5DN5/AJV9Bq2K4DgnAcQFFNGwfe/hJ/RR5Zs3o2J89lPADL/3oH81"
    "BHdoQ4EDNwATSTXTMsxch0YKFl+7qhUTaDCknrGiteSepj2atf8kY2IuumfmRx05Jym1lF"
    "WWMvXgbFY56BCn0qG1pmIOgqsNYIg3fJwvtNVRh/gMTGCIZ/2bs/754FDddT5AfFeyiXL8"
    "dFcKE5swikr7KXf60f6zP1DAyaOak8kG3CzQBAK/fXN32zdnQWxTXM+f9z2YMpfzJ7JiJ+"
    "YEEGbIMJc6beHu6j63+B65FmO3yTtQlzSSjnbZDTpJ8zvqNtLqaLpuCdDnCysjgJLtRUMC"
    "pWGo4bVoN3XyCpjWPNjdsXL1ioyvflLsq59kfHV/0RlVwdUUmcqMV6lQKNReNQznFKm2nF"
    "W2nDX+UbzK2ot/pIyOCjmiSULtNTXlNYWMbcBxOosNdWSikM5wSU5DlVyniPs5flNcMhJO"
    "U3xOyDhMS+RSgn03JWoc+oys2RQA38LBer9Y5q/ffuQtA11i28w/YX4OBDzIyK8jLv/Naw"
    "yXNvRmxHVyGpbu8k4660FhBVbmDDlkYtmVTPMthbpB4c6Ln7+H/9WKWb6UiVm+LI5Zvkxb"
    "5upnl3QqhoZV8nuOq5CZn7TuLXMF7Yo870AMtsRcGUNgozn7M9DtzyCYEmcJ8ebHWvO++V"
    "i9Ay27ysSPCNpXuHnyWibphF1VPPVfZ9JOsMgVhXbFIpkUWSPM3okmf/niJ4FngfCJwfBc"
    "NAuNr4Qu09gFl4XrQY3PgA3xfMVM0LrKKk6/R4U1g1UV1cc+H+gWDy57ANXKG5JpcV3c4V"
    "o3uNaQCRsicFuqV7Yl6BSubOsIVyxwztYLQhFwkNi83ltYNIqSAYu+F6MD5rIl3LcfxMYV"
    "kgtUBcwleNkGIJer7UhPT5bSJTOJlVC5ZGYrt3gw+ZF95FOR7CNTt4XFL4ncmCDj83GMCq"
    "Grm236bluYVbMWa81342hkK/I/o5GUUB57r71Kz60S5DQ2/SoAqEYs6VwXZD09aLKtBUN1"
    "i7J0YdA+2Nx8YZD2PItZ317PU6EiJdWkfiRSlsrE0TUpT0XSuiblKUhZ51iphvfpHKtOBb"
    "hO4RyrEG7NAQpiSKwEQBBDgKV2gCbuHGKLCjwHeAvoAcY/NOfSp3421MBDE+j2gOVxAJUm"
    "N3AWiVBb+DV/L+hd3EMjFwprrG4JcqF+ss9xlzkcV7pPjUDQ5wF/+ctxDzBlMF1A7N3iT6"
    "Px4KIHFsRD9i3uD68vhpeDHoCWa1sY3eLh5c2X68E1UzCYrlzk3uKb/sXgxuj/NuADUWhz"
    "n5K9IBvrQ//yd+PDdf/y7FNPlM8ZE5dxa1EnTt88LmWx55x61n1erzRCbARxgRKL06XkO2"
    "GEuxJwqOD2a1p/GI0uElb1h2FKUV1++fxhwHgvWM8usryE/tII1dNDqDJ2tkzkNrJKmglG"
    "KuPgKhFvT37Y0OaRTA4s6d/97dWObLHJRcbzOxVUYVKVJgV76/DkiekVVVqwuSXetMdn3A"
    "YwNTRdBGXq3LvYXhXuwKHqJvbbCVns+AXTVd73C/cPlCqwiVgVNM7qAtty2MfQFE37+A70"
    "U8IUOXjG+M/+cH0njj8p/ZG7a2tIwZyZFTi3qKbZ0bXPp32+41Pcun1oU+1DRV8/hZqHsu"
    "epnCEQp9H5AQ/mB/jfhyyDizfe2lKose0Wv1/rtt2aVNrbOEmltMLhNgkzmYjweZhzQ1fM"
    "VrFq6RudLKOhCN3ZU8fXdRaFlrIiZVfKaW0VcigOUTOlmiD2VPC0SyztholqiM/4nvc5WF"
    "rsbFcKS6OMwLAwY0lAIgGmEYx+4voVcCJAUdBx8/NNj7muSw9A5r1yJ5aZlNwF7IJ7aFu8"
    "m+aUDecDnMzhdT0gtHUOntb8DTSkprDS6pZAaofvTZNVWYcDHppvRsBXWGVwJ0Gksp+rDL"
    "4DPQ85y7ya10I9EifZnxX0Yrfa5OTlq7ev3p2+eRUpkehIme7Q6QpP1InQFTRPQsw1YZ9j"
    "RHw63OLmYKvfhLHLG3i5aGnDKTLl4NdjF3yF/KOdOlJRAkieHxXPDpFxo8R2ECtaveXngg"
    "A+I2g4IUT2B6Vr4pq9dKKRuEsXpFJEnn0L/v72Y1nHz+ZvpJ2qI3Wq9tyQTzER7KMfn84D"
    "2WXuf6i3KjuuGULNcTmOu6QIhHm42iKk3WOvQj/HjridirbZ6M9LXj0h2mHf4v755+FlD0"
    "DTsfAtHl0NrvvjET8djM5rKM5+N0YfPw7PBryGYnpnkNnMmqJbfPPl6mp0zWsuVsslUSWT"
    "R1dV7LmqorzXZ1Ew+0j6e4okEr44mG0YPnSQH2/RwO7kt+J2ZL3+n+8kFsC7wvn/Lj39Z8"
    "yKYR5jEPOoAsblUCqLyXXWLsHzyLgXBj8ELvPAqpiojSF1NpnykP2KOUo5NucDeR0p2qPx"
    "8p8kiqMx2eJF1d68rfa3191HXc6TTRFpkQz3lF2Sat73yGLB/tIa82GOUKkepJbtDK7mC+"
    "/G8ZdautlpdLJbBhtj4lmzjTEVVxs0uFy3N31yQKzObtltdouHvufYomN2NJ+74fWtgAXL"
    "bMzBX+OEeZkpmolMzIvR5W/h5elKGp2S8TTNf0UiuAMelfqMKIVCmWe+xonzMh9kEeYynB"
    "jFg4HcEUZAkHWZCTklrumH9jk0xigxhX6ZHJmBNTcr2Sefikor0fFLZLbCmYdczgwqdlnE"
    "fl3W+0wkd2d3usWWR3k6LXjGBxOEzO7F0Fu5UFSj/ggceIeoX8nOeOw/B5ggsHYtz0NYpN"
    "5KxoS/8u4N3koIgFkTf2vTREnTJGiuUKHet53x4V1E0w7aYPRhh7utkz3uOPMvHPsI5jjP"
    "ZV3v41Tq7srZ4XnDG/YZQP7nIWpitIBMrRMQZXMokSxxPCGy/SkdGS7Lb3vH88htxotKcz"
    "1G00IO76CDw2rybzTNcX2KeRwjaSGLT6W+nKclX87T7JdzQswcs6TYoQ+vbwV/9+3Qb+30"
    "Omk/W+o9finZpSsUTgPp7+X/fhl8GZz3gE99i2/8bqmiTerH/vCCn/MzANi534dXV/wAvb"
    "OWS9mc7V0n9uj6oqazFnhHCeS6JCcaVqxuklTqWojKqhyNIRbP8HZhiMmNLrFXQ+QxMp0Y"
    "pFpikCIYcX9lWt4Ae25u69HY2W4ZPgz5dQaKLtxlqPZrR8CyITzaBV87UcvQ+MFkFkF4lC"
    "0HjaiqiahWV3DH9i3rRJDTtsktcwNc76mUNiZM8nAVy8IBEYHKzqrferv3i2X+2gWxRszB"
    "kefPMyWIh4FjBDON4k1CSkRgHMP2IHVTLJr3PAXLqla8JalayOidoF/tT7WN78bAA9p43g"
    "XWDEC8kVQrBwknJewz2SWQIGrhCthJB3ALL1c5ZlRxm+SIQI0uyfy2Vbsk+3VW7nzlMAeE"
    "dgFFUxd5FDiQ3jVgWO2kgTI7xV+twnLYUqi8FoQs6Go6RZQC/oQiUcZBolcCPyfAP3Yw7K"
    "enxKoxV76mMZwqAHGKqk2dOB8FEyuCbPyJJgtC7vo+jN/JQTdSV3TLEA50z5WLsfZJDBij"
    "kcqB+zQeX4GAiuegQcBuYd0jd+M3F7HJPPyw+7tdCj+Cl12Y2aYlTQyoc+KPFCZB2FwS9k"
    "iVrdwU4a70VVslEmtfsuIboFX4UmwJ9Ecih59+JDxqsSvJ1BSVwl7bwRhbEJ8t6WP0qNCs"
    "atxMGI6vpQzH1yWG4+us4SgsXWSiPE1c1i8kQbfHfiGHicc12C9EW+q6YazOLGgusyD0GS"
    "obkynCNi2pw/YYCBmbFUflJgOBf3seG/HIJCLbMSA1G5XakCKQwtnKpSS3l2rygm4FFGK6"
    "JXkQhPhE1uyUD8KZFl1Cb7oISh64evOj0itvQr6DZ5YHbDY+FS3bAARrJn5OTlzAc97BlD"
    "iO5dGcdqo7u8sj4IrDdptUqFbrVKZu4rS4cOI0qJwowSb4/KwOTMSoWpNpe4ivyEEVXPSZ"
    "KVZx8S+RtJKLfxAl6435AHy3WMJ/BKhXDwR2arANTjAs+w094DCrShwPYxcz9oqbfOC10d"
    "Fz1NrXNFAXLY+/NUCrytJrixKsEeGzkTlHrgGnU7JiTyye+7klW+dxEMCWQ4W12/NGxHss"
    "V1gyFcDZWFE0V4PL8+Hlbz0Q0N/i88HF8I/BNa/HiVRSumanVhhWV+ioDuhE8q4B6aRpdf"
    "mAypm0GrorXlTthe5UjwM/PeguZGxz0N0gNuKRSUQWukvNRhWhu0gKxZ5tXFDSnm18vjzs"
    "2f7J/EO07c8K1pCNBXhrqsAUpz+A6QLiOaLganQzRuZzMObZeGziMUEFaZHA4i1OPEA9Ni"
    "XNHqPPOLm7utEtZodM5DLLwgQzlzh+vyzk3vvdZn0y3meLpyt9838bFNreN/DsW8Bvn4XP"
    "AxZSvdOS+hqzW+Irr9xK+ywFl6ucAVsTmz15IdtIq7STVjZDYbuKqjA6RdZChjdfUqU3j9"
    "lzMoj2e4rnenv9ngMWeSknZRW8nkNsiqCaIGSdnUfubLBLX+eC5Po3/HCpT7OGNnsFwyaS"
    "bkwfUGZ1IL9kwSfm5UDMR7C8HjvkhxdCV8PfbMKBG+FLzAnAaA75t/I56AfUIrmA4Ew10e"
    "7udIuX0DIBe+X3QGyLMXeZi8Tvs2ReDeFvCu3gRtwNgvxSfpr7UGSNu8H+shiITbgLI4Ha"
    "hVFF/ZW5MMU19A/Hlo6hkr5z1R+e9wCf8rf46nr0eTQeji77F734bFcjhtS2nsydWI/xXq"
    "CERCOJnlBAQUml0D4/iA7l9cQgVVH5pqSi8k3G7RSKDdEapnmS8mgCT5246mfqnoq9kuTk"
    "cSTGuVQsyhdfHZ8sSXk8go96+vgfc/BvMgF0jZZeDrbafvlrn7xY7bbXJw+cgKqGaIJMe+"
    "S185vCXKyq/E/SNSOAJ+IRlAAi/qxuIggcDXRkq0AWDkms/0fs80h5vpvBwZVHbvZ4wwfi"
    "MFSLmJ6z22NGc2S5NsJoTNg/klO1vx3nqBSG7ExNakqZqfooME7Mw04OHOef6EoAcjS6Ug"
    "KSW8INb57kR+VDsKzLd8Hyd7xiP13fw3wvQCyx1ERjn6DXiEgQAKaL1mKMbOb8ju6hUTOF"
    "v5HdMtSsZVBNzSj0TsAX6OTr9FJTMKLRdnhtO5xvgFXTFM+QqiwG0eUtEz5BkYpf+xVSkm"
    "jkQUSlcYpigbQXp3DRbMWYWkfsKdKjwSefZEWExqM0IKKSGPYNiGgoRBYKadhnFwwr8ttD"
    "bsr57gLPknLgi/mSW17uj+7PMeZV68pypfRot8Rp1o7doRw7voH8rEbSaYpQi6C2CAJNVY"
    "n7WxrN+NqMj38u5Fkfp9LMb8qSjkD9RxrSURjhyIQga0fHZ1/CjD7r35z1zwedtGppgKdB"
    "pnRLObpVpUplrQceYV5hbuQrPmhub/1TmVjZdEU94ohYVZjijUUvKB8Q9YNXLlnzzG8/cD"
    "W985PLiWvyZvz8YJSOLmYqzYuX7ew+OmamsPIvM/99wVcJm20p9ti8aHh93dmVHHacQK6j"
    "AsWsb29UINS0lY3cFKFOoNtN88qEpfZIWLNdVlrWUWsC9W0Tg8qS38Llm2VZxey3s9hAR7"
    "XcZa3/lKLLd6mas+r7yLWmi06OVR+cKbXq4faaXe5DXslIfioW8iO7FxbbvvfMo6m4gWiM"
    "ROX6yprG78nr1zL9Yl6/Lm4Xw8+lMsfYoqrA4eDyFnJ3J9tMsjt6KC9+U7w9a4xk/xu0Hi"
    "bZpLH9VitYmM1DVP/8P5p6f5w="
)
