from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "notify_caught_email" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "mail_from" VARCHAR(254) NOT NULL,
    "to_addresses" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "message_id" VARCHAR(300) NOT NULL,
    "headers" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "raw_size" INT NOT NULL,
    "received_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_notify_caug_message_5f654b" ON "notify_caught_email" ("message_id");
COMMENT ON COLUMN "notify_caught_email"."to_addresses" IS 'The envelope''s recipients, comma-separated';
COMMENT ON COLUMN "notify_caught_email"."raw_size" IS 'Bytes of the message as received';
COMMENT ON TABLE "notify_caught_email" IS 'An email the local SMTP catcher received (development and tests), as it arrived.';
        ALTER TABLE "notify_email_message" ADD "claimed_at" TIMESTAMPTZ;
        ALTER TABLE "notify_email_message" ADD "enqueued_at" TIMESTAMPTZ;
        ALTER TABLE "notify_email_message" ADD "next_attempt_at" TIMESTAMPTZ;
        COMMENT ON COLUMN notify_email_message."claimed_at" IS 'When a worker took it to send; that worker alone records the outcome, and the claim lapses after a while (a worker died)';
COMMENT ON COLUMN notify_email_message."enqueued_at" IS 'When the sweep last gave it to a worker; blank after an attempt';
COMMENT ON COLUMN notify_email_message."next_attempt_at" IS 'A queued message is sent from then on; null once it is not queued';
        CREATE INDEX IF NOT EXISTS "idx_notify_emai_custome_591123" ON "notify_email_message" ("customer_id", "id");
        CREATE INDEX IF NOT EXISTS "idx_notify_emai_status_dd6c59" ON "notify_email_message" ("status", "next_attempt_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_notify_emai_status_dd6c59";
        DROP INDEX IF EXISTS "idx_notify_emai_custome_591123";
        ALTER TABLE "notify_email_message" DROP COLUMN "claimed_at";
        ALTER TABLE "notify_email_message" DROP COLUMN "enqueued_at";
        ALTER TABLE "notify_email_message" DROP COLUMN "next_attempt_at";
        DROP TABLE IF EXISTS "notify_caught_email";"""


MODELS_STATE = (
    "eJztXVtz2ziy/isovYxTpUkldm6jTE2VYisTbRzLx1YmWxtPMZAISVyTgJaALOvsyX8/AH"
    "gRSZEySZMSRGMfZmMSDVLdQLP76wv+23KIiWz6vDsekwVmrQ74bwtDB/F/JG+1QQvO5+sb"
    "4gKDI1uOtZE5Ra4BI2NHlLlwLKacQJsifslEdOxac2YRzK/ihW2Li2TMB1p4ur60wNZ/Fs"
    "hgZIrYDLn8xve/+WULm+geUfHn9+CBlimeNeYv1PpbjJnfGhML2Wbsh3iD5HWDreby2gdr"
    "2sfsoxwr3mJkjIm9cPB6/HzFZgSHBJb3s6YIIxcyJJ7A3IX4WeKtfT4Ev9T7Besh3qtHaE"
    "w0gQubRdgwMtbXWoZxMRga172hYbQKMG5MsGA6f1UqGTAVr/Drb8fHJydvj1+cvHn3+tXb"
    "t6/fvXjXFhLj9zZvvf3pvcyaW95Ukmf9P/sXQ/FChEvWE7y48FPSQAY9KimhNfelcDb4fz"
    "qDbjr3g/EJ/vMfluR/wO1tAggurCWwXo3lRdBaziADt3xSQCbAX/UdMF5QRhy+LJfQtpFc"
    "Lzmk5MB7w0Z4ymb8zzevtgjgr+7V6afu1dGbV8/iUrjw7xzLW0Iea/6TJedYEQGEBKUk4C"
    "/wLQLY6RaIMffl8bsc3OWjMtkr78X5K/+/AHuD8btb363WTrh7/OJFDu7yUZnclffi3EX3"
    "DLkY2kaaEs9mcoKskpW8X11e/0KmK8qQY9yiVRFOx6maxujf3uTg829vMtksbsW5bKKRxa"
    "jh8E+FgQkz0P0YIdMYu8jk11MMFUJsBHE68x+eLCGQEZ+tLjUTXqlBKtusksHgXMzsUPof"
    "2zNTEjbKxdcvH3p8O0gp8UEWi5kuEVPF49sGPz02F5TNw5Np2RSWjWFbjsWKmfNJyocN+6"
    "q4/qIBhn1EAjahKM2V2roLQiK92gusdl+xzxE2xcsUWu+btHrFl1vxAScJZakLP4cQQlIt"
    "g5Jax/+MltoKKcRaDo+UQ4nNsEmrpVBOCnfIpeJFC7E/QqQs31sU8bnxGHF2OyPkClyNzR"
    "CwIWUA3SGcF03bi1gcxKAAQDfl8o/rwUW6VKI0CbGY1piB/wO2RWsTT+v3yQKPBfPBaGHZ"
    "zML0uXjsH3VhRVt4LHgUs5sC//noS/efSdf69HzwQbKM65KpK2eRE3zY1FeCZQZM8RbO+B"
    "1mOShTW0Uok6LxSZ8H/1AHlM6vuvgPNAfYXrU8aGWLaIb9L73rYffLZUw+Z91hT9w5lldX"
    "iatHSTgknAR86w8/AfEn+NfgopcUYzhu+K+WeCe4YIR7zksDmhEUKLgacC0m9VhYKC+EFS"
    "NSOexQFi3MA2K9zAaxXkoQS4TXJrepIR6PgZss/0hcZE3xZ7SSjO/zd4Rcxaew2Y81nocT"
    "HRjDfwZrKri6Xq8uXIYxyfhS47+f/2rk+YBXfOlf9U/5l0UwegTHt0vomkaM4+IOOSaJK+"
    "HY+K2IeEgaYuJTDTAaEv6fK2RDlm4lBMIheb5GD8d/lBCM5LJz7CR46UAMp/ItxXSCOB4F"
    "70lLJDtK3gsslbyhciO0bR4MmLeG3B4iCzYi9x1AMAIuWYI5N5X8qcB4BvGU03kWFDJjN5"
    "cWl+mCgSmc0+dJW6riqVMC+N9bwQ/21n5g7nlh+0hoX0fxlYzih/IqJIMo1e5cj4YI4/DR"
    "wMYK4rAAwcaJ4XAxweaK4sBgwSYKQuMdhaEnlfCNgCdbAY64FZ1/r8Xp9D4rvc/4C2A6yc"
    "CYtkkgQahFUEgEW9CnSNL5I+GnSKr7gQkiL/4UVwMZAFTacq+Au8PIVA1lb2KP1wvwFUSw"
    "fGw1Bbtao64PolZrpPdhuKqLAaQUefgQ4IYeIEsMuEhZJ4COKIDYBAHXKMDoDrnAse4BWx"
    "LgPSwFrap05oerTTIhqf2WNiiUJltNhKG9BX9SP8t+d8zOlWf/ckue/cvNPHuxeYrwNxiv"
    "Mn9b1BF1OJT5qsG1IJ9hTjhb2wBh5q6SmiUP+0+Oc3D/5DiT+eKWdt2eZqh6w4rNNgU27N"
    "u0/HOf8uPnh6N3zbNtf9ZpLV166GBos6aYTckheewnH3Q0omZ1vsAft64ZktWGwJ8ktG7e"
    "y0yp4C9hDyF7IghWFFiOs5AvkR7zq2TWR1hQannTOs7Xkgsi3RDo4YWz4erFw30B8Q5rGy"
    "MwfhHT4LJ3cda/+LMTLPsbfDm4HvbO+AWJRt/gvwb9M/H3HbFM8Xfvn5f9K3EB3c8t18Or"
    "92UnR+sjxcvQErZDnLIC20Gtyt8DsRRygb58KmLfcTtvtCqsKDdpS+lKxdJ6lAAeI6zdLT"
    "ymmDDyomObS7ECgCwPVBnkuO0AqNyrCVEjTPkoY3qbFV3IfC5mNnOJry1V4JA75HCvX1i7"
    "P6AjnKEfYOISh9u+MjkjzGdjhF/ygtPBtU3ruerJ8zS9cRH/7SKfyluxQqzhFS5KPv67l2"
    "dixHH+4J5fCZt+M3BNxN86CU9J45wbos6cMC7vVdE2DSmkjUOha2lA4ooURsoM05oiWggi"
    "3aRUGSwtyfPq+xV52rOYmlnT6LB6+QyiZjbqWkkcyyEYreRnupTjXv0yF83DyuIsAa3SnL"
    "/uX/x53jMuP3Wvex1AOa9tZMxnkKIbnI6+GOvL3IE2wnsCiVnfE3hMNHlz/xiMwEfIghkU"
    "8QebKTh9Noq5Sdkg7/z45au3r96dvHkVqq3wyjZttamZNu3e/N/gJGVNTe0a9QmOeRWluF"
    "1h2zWleF1L4zVdPa6rx/f+vX6SwHoqIFK0gMHQudVVlleVlkYatRZGaWHoVgo7cR4isGuh"
    "1R6na5DXsN+Ynm5lUWUri0zlXgGDm5fQluRw2gctB6PjVonmdA5OpxpyOVidWYCso/8bPI"
    "5/sHbV+yZ4akZeW/EuOClZn82QV+GOOHNrSG4RbqV1wwnutbcF9S0TYWaxlQHnlsHC8XUe"
    "HKMD20oGtnV1T73VPXMXTaz7IhxeU6jM4xadico/RgBDtg2kDqEAzqFb6vCdGkJD4o2MGa"
    "SzIsyPUzUuT2OXwdR0Bu8+gMo/g1ZBcFyQAOICimjQvnf/C/qg8s2rUTEe+ynght970L3s"
    "g1u0osCBK4BJTjXTMMxch0YyNl+zqhVjaDCkzFjQUnJP0h7M3n+SMTEX3XHzo4yc45Rayi"
    "pLmTI4mRQOOkSpdGitqpiD5GoFGOK1mOcrbXTUIboCYxjiaff6tHvW21d3nQ8Q3245RDl6"
    "u50LExtxikLnKbe64fmzv1AgyMOak9EKXM/QCAKvfXN73TdnRmxTjhfv+x6Mucv5K1nwG1"
    "MCCDdkuEudtHDres4NvkOuxdltig7UWxpJh6fs+p2kxRN1G2l1NF17C9DnCWtDAFuOFw0I"
    "lIah+ley3dTxK2BaU/90x8LVK3l89eNsX/14w1f3Np1RFFxNkKnMeJUKhQLtVcJwTpBqy1"
    "lly1njH9m7rLn4R8LoKJAjGifUXlNVXlPA2Aocp9PIVAcmitwZLvFlqJLrFHI/xW+KSiaH"
    "0xRdE3kcpjlyKcGemxI2Dj0iS74EwI9gss7vlvnHj2eiZaBLbJv7J9zPgUAEGcU44oq/RY"
    "3h3IZsQlwnpWFpnU/SWQ8KK7BtzpBDRpZdyDRfU6gbFG69+O0++F+pmOXLPDHLl9kxy5dJ"
    "y1z97JJWwdCwSn7PYRUyi5vWnWUuoF2Q5y2IwZpYKGMIbDTl//R1+xEEY+LMIV49K7Xuq4"
    "/VO9Cyiyz8kKB5hZvHr/MknfBR2Uv/9UbaCZa5otAuWCSTIKuE2bVo8pcvfpV4FgjeGPTP"
    "ZLPQ6E5oc42dMSzYD2p8BmyIpwtugpZVVlH6HSqsCSyqqD52xUQ3uHfRAahU3lCeFtfZHa"
    "51g2sNmfApfLeleGVbjE7hyraWdMV852w5IxQBB8nD69nMomGUDFj0vZwdcJct5r79Ig+u"
    "yLlBVcBc/B9bAeRyuZ7p6ckyd8lMbCcULplZyy0aTH5kH/lEJPvA1G1m8UssN8bP+Hwcow"
    "Lo6nqdvtsUZpWsxVqK0zgqOYr8WziTEspj57VXybW1BTmNLL8CAKoRSTrXBVlPD5psasFQ"
    "2aIsXRi0CzZXXxikPc9s1jfX81SoSEk1qR+IlHNl4uialKciaV2T8hSkrHOsVMP7dI5Vqw"
    "Bcp3COVQC3pgAFESQ2B0AQQYBznQBN3CnEFpV4DmAzyADnH5oK6VMvG6rH0Ai6HWAxAaDS"
    "+AHOMhFqDb+mnwVdxzM0cqGwxmpvQS7UT/Y57DKHw0r3KREI+tITP/5i2AFcGYxnELMb/G"
    "kw7J13wIwwZN/gbv/qvH/R6wBoubaF0Q3uX1x/vepdcQWD6cJF7g2+7p73ro3unz0xEYW2"
    "8Cn5D+RzfehefDY+XHUvTj91ZPmcMXI5t2Zl4vTV41IWf88xs+7SeqURYiOIM5RYlC4h3x"
    "EnrEvAgYLbrWn9YTA4j1nVH/oJRXXx9cuHHue9ZD0fZLGY/tII1dNDqDbs7DyR29AqqSYY"
    "qYyDq0S8Pf5hQ6tHMtm3pD97x6sd2GbLFxlP71RQhElFmhTsrMMTk8srrLTga0v+0o5YcS"
    "vA1dB45pepC+9iPSo4gUPVQ+zXCzLb8fOXa37fLzg/MFeBTcgqv3FWG9iWwz+GpmzaJ06g"
    "HxOuyMER5z//h+s5ceJN6TPhri0hBVNuVuDUoppqZ9c+n/b5Dk9x6/ahVbUPlX39FGoeyt"
    "+ncIZAlEbnBzyYH+B9HzYZnH3w1ppCjWO3xPMad+zWqNDZxnEqpRWOsEm4yUSkz8OdG7rg"
    "topVSt/oZBkNRejOnjq+rrMotJQVKbtSTmurkEOxj5op1QSxo4KnOrG0ay6qPj4VZ96nYG"
    "mRu+1cWBrlBIaFOUt8khxgGsHoV6FfgSACFPkdN79cd7jrOmcAcu9VOLHcpBQuYBvcQdsS"
    "3TTHfDoP4OQOr8uA1NYpeFr1D9CQmsJKq70FUtt/b5pNlbU/4KH6ZgRihxUGd2JEKvu5yu"
    "A7kDHkzNNqXjP1SJRkd1bQi3q1yfHLV29fvTt58ypUIuGVbbpDpys8USdCV9A8CTGXhH0O"
    "EfFpCYtbgK1eE8a2aODlorkNx8jMB78euuAL5B/V6kiFCSBpflQ0OySPGyWPg1jQ4i0/Zw"
    "SIFUGDBSGzPyhdEtfsJBON5FPaIJEicvTD//ePZ9s6flb/IO1UHahTteOGfIqJYBf9+HQe"
    "SJ25/4HeKuy4bhBqjufjuEuyQJiHqy0C2h32KvRy7IjbKmibDb5diOoJ2Q77BnfPvvQvOg"
    "CajoVv8OCyd9UdDsRtf3ZRQ3H62Rh8/Ng/7YkaivGtQSYTa4xu8PXXy8vBlai5WMznRJVM"
    "Hl1VseOqiu29PrOC2QfS31MmkYjNwW3D4KX9/HiL+naneJSwI8v1/3yXYwO8y1z/75LLf8"
    "KtGO4x+jGPImBcCqWymFxr6RI8DY17afBD4HIPrIiJWhlSZ5OxCNkvuKOUYnM+kNeRoD0Y"
    "L/9Jojgak83eVM3N22p+e91d1OU82RSRBslwR9klieZ9jywW7M6toZjmAJXqXmrZTuFiOm"
    "M9CYiltTuN3G5vg44xYdZkZYzleCME2HI1M5GjJWbLDSRog+svw0swhmw8QyKYMEbcUzPB"
    "kYnukE3mjsifEQ1GGKKMPmuL9BmLX3FdMSy1k0nlD9BQ8YFCxWIhGBOXOEU82BhR804vqg"
    "My5gYWN7m4VUbTyoCG6D5jtSfpVAY0W0OuUBCWOgPxLytXJNbc4sqDtsUJLQ78lSL+bZTv"
    "+WjnqffPYcyA3igLCo3o88HFn8HwZK1QokprMfo3Gqd4N9nyiZA0YCPsmuEOX9f8M1zwXK"
    "M41c6yAHekfk5y4fsnW/D9k018f8bd09TmHtkrO0KiV3bhlT0iZkptYTa3g/Ga1YVZLXwv"
    "av1vCgafaUNGSVSuQGl9WInegmQibXVf7wnzO7DR9wP5Bk8vVeEVI9VQoOpQoCLZXJ7ffe"
    "14zEt1ysXNdn6XnPrD9akjT8/p1UUntRadMG7mFHJy/fEqO7fKmj86Kqc/xTv9FEvw+4tn"
    "i6Z9jWP383yQJRptOBGKB0HyAUYeiN0WpjBxTS/jXljJnBJT6HWv4YbzUkR7+CefygYoEs"
    "aWBadwwpArmEFF7SnEXruU9xtoeW1PusEWo6LKFRyJySThL1ScbbxwoWwS9Qw48Jab/7LB"
    "HOexD9uPEFi6FmMIy4rYnPj7d9FUkS2kALg1we9+TzaSDy6vB2KumA2/UE2oib+1QaOkQe"
    "N3SsxrzfjDm5fsXUdq7F5PC3k4et7UxZ4WOimyxuNU6sJqLaFbV/zjgbyPStiReAb5x4CA"
    "MHKsRBjrcPJdd6d08nA5/xn24ltrc14UWusRmgZyuIZ2jFmBvmwe7yXQtzMW1xJ0Uj8G0i"
    "AYYG20l6nhWVPv8EvJhy5QsAxyfy//52vva++sAzzqG3ztHX0izzz52O2fi3teOj+/97l/"
    "eSku0FtrPs8dLqm5Skc3C6m6BEG0h0SuS1JSW7PVTZxKXQtRWZWjkcfsFd4s5DH2oeGato"
    "TII2S6ykflKp8k5ldQzinkByPvVte3KsJUC4t6GK5IdhXuuYBc/YOCBPYqcF5LuOkMRIyZ"
    "J7VcEPZ+eZkWTnHSw1km3wKwhi4RmgNhSIApvJPLgREAwZK4t8h9D0Y2xLdeAEAC/962eH"
    "qLZGxDLsBSlkKM8sCWSLAQ+KIgt/7i4OrEfO/VIPk3oU0w8oNLXrCHLNiYOPwdZNGFAAUF"
    "F/g6m1NEg+UEljPu5ICj8CGmhcxnT2NtKRIJ7S5Mi/Uwc1PPvYrcbW+LgkIxzkDhwDoTkr"
    "63ZPAxGu0Lz6uKXoyXsAVXdQRQ2Qhgcc16aL5XKwyRrE9Yo4yv06dodYW7OC98HRKoDK56"
    "5z52frfMP9ogcgqgf+X5841ixv2EDyQzjewTqreIwDiEs6nLJhJWj5RKlhVttxanaiCja4"
    "nWNL/PQ/QoYJG2hadtYE24kb3KqVb2kv4Qs8/yboEYUQN3QC3HT1p4vkgxo7LP6AsJ1Dii"
    "Tzy26BF9XpMvd7pwvDpdisYuYhQ4kN5WYFjVcnofvyV+WoHtsKZQeS9IWdDFeIwoBeINZT"
    "qowAH8M8llsIpfDA5zUWLXmAtP0xhOkYBmgkrlIrydhjUVQTa+odGMkNuuD1imoBuJEe1t"
    "CAe6E8rFWHokRgQGzZfp/Wk4vAzAU5FpDQF/hHWH3FXHb2IyDT7s1Mu7Fn6E6PmT0v6kig"
    "l15deBwiQIm3PCX6mwlZsgrEtfNVUikfDiwhmltSDL5PyaQH8kUvjpZW6F57vlZGqCSmGv"
    "bW+Mzcgn2tJE/1GpRKpxM2Y4vs5lOL7eYji+3jQcpaWLTJSmibc1q47R7bBZ9X7yRypsVq"
    "0tdX1amc6Eqy4TLvAZChuTCcImban9NrgNGLspjsIdbn3/9iwy44FJ5Gew7B5oV5tYjUqd"
    "huxL4XThUpJ6kFd8QLsACjFekzwIQnwiS37LA+FMi879Tqkz2YkJmkHSzojcgyOLAZvPT+"
    "V5ISJNh4tfkBMXiBot2QnRYjTlLK/anvIIuGK/Rx0pVFt8kqfO7yS70O/Er/Tbgk2I9Vkc"
    "mIhQNaYyZB9fkb0quPAzk63iol+i3Eou+kHM2VVDTCASFUVSYoB6dYBvp/pnsPvT8r8hAw"
    "63qrxsaD92MeE/cZUOvFY6e4pa+54E6sLt8bcGaFXZek1RgiUifDYyp8g14HhMFvyN5Xs/"
    "t4q1cdwxYCugwtJnw4XEOyyvm3MVINhYUDSXvYuz/sWfHeDT3+Cz3nn/r96VqB8NVVKyxr"
    "RUGFZXlKoO6ITyLgHpJGkPpmjhSZa7aegue1M1F7pTPQ789KC7gLHVQXe9yIwHJpG80F1i"
    "NaoI3YVSyPZso4LK7dlG18vDnu037h+i9eFgYAn5XEA0YPRNcfoLGM8gniIKLgfXQ2Q+B+"
    "I0E3EgKBeUnxYZ1PpSxpek2eH0G05uXQ+6wfySieSJS2E1Mh/t3nlHnXlkopukSFf64f1t"
    "UGizH+Doh89vj4XPfRbSH49GB7WvvE9feeGmHLiaDc36w1XOgC2JzR6/yNv4cWvnx80Mhf"
    "UuKsLoBFkDGV59SZU+uXzHySDa78le6831e/ZY5KWclFXwevZxIq9qgsjr7DzyWN06fZ1z"
    "kurfiMtbfZoltPlPMGyS043pAsqtDuSVLHjEohyI+wgW6/BLXnghcDW8LiMOXElfYkoARl"
    "MovpXPQdenlskFBG9UE9X3pBs8h5YJ+E9+D+SZzFOXu0jiOXPu1RDxS6HtP0i4QVAMFbeF"
    "D0WWuA2WFpuJbjrofm65mZFA7cKoov62uTDZNfQPx5YOoZK+ddntn3WAWPI3+PJq8GUw7A"
    "8uuued6GpXI4bUtDMEWpGTNDq+EpKNJDpSAfkllVL7/CLP4SgnhlwVlW+2VFS+2XA7pWJD"
    "tExHtRjlwQSeWlHVz9W9+FDYOeVxIMZ5rliUJ75SrfRilIcj+LCnj/cxB/8mI9FUb85SsN"
    "Xmy1/75Nlqt7k+ue8EFDVEY2TaIy+d3xTkYhXlf5yuGgE8EY9gCyDireoqgsDhRAe2C/LC"
    "IbH9XxgNiQQ5RL6bIcCVlPSxDz7xx89XyM5qKORz/FpMJGCoBjH95yZqtKE5Nrk2wGhI+H"
    "9yLtXuep6DUhh5V2pcU+ZZqo8C4+Q6bKXAcd6Ndg5AjoYjc0Byc7hywh7hAVjWFmc9euc6"
    "8j9dz8N8L0EsudVkYx+/14hMEACmi5Zyjs3M+ZqeoVEzhb+R7W2oWcOgmpJR6FrAF+ik6/"
    "StpmBIo+3w0na4OLCxpCm+QaqyGGSXt43wCQpV/NKrkMqJRu5FVBqnyBZIc3EKF00WnKll"
    "xJ4gPRh88klWRGg8SgMiKolh14CIhkLyQiEV++ySYVl+e8DNfL67xLNyOfDZfEktL/dm99"
    "YY96p1ZblSerS9xWnWjt2+HDsXYjopkXSaINQiKC0CX1MV4v6aRjO+NOOjn4v8rI9SaeZX"
    "ZUmHoP4jDekwjHBgQshrR0dXX8yMPu1en3bPeq2kaqmAp36mdEM5ulalSmWt+x5hWmFu6C"
    "s+aG6v/dM8sbLxgjLiyFhVkOKNZS8oDxD1glcuWYrMby9wNb71ksuJa4pm/OJimI4uVypN"
    "i5fV9hwdM1NY+W8z/z3BFwmbrSl22Lyof3XVqksONSeQ66hANuubGxUING1hIzdBqBPo6m"
    "leGbPUHglrNstK23TUqkB9m8SgbclvwfbdZFnB7LfTyEQHtd3zWv8JRZfuUlVn1XeRa41n"
    "rRSr3r+z1aqH6zF1nkNeyEh+KhbyI7sXZtu+d9yjKXiAaIRE5frKksbv8evXefrFvH6d3S"
    "5G3EtkjvFNVYDD/vAGcreWYyb5ExlKi99kH88aIdn9Aa37STap7LzVAhZm9RDVz/8HavCv"
    "1Q=="
)
