from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    # Second guards the models cannot express: positive prices and amounts, known statuses and
    # cycles, and a paid period for every payment.
    return """
        ALTER TABLE "billing_product"
            ADD CONSTRAINT "billing_product_price_positive" CHECK (price > 0),
            ADD CONSTRAINT "billing_product_cycle_known" CHECK (
                cycle IN ('one_off', 'monthly', 'yearly'));
        ALTER TABLE "billing_order"
            ADD CONSTRAINT "billing_order_price_positive" CHECK (price > 0),
            ADD CONSTRAINT "billing_order_cycle_known" CHECK (
                cycle IN ('one_off', 'monthly', 'yearly')),
            ADD CONSTRAINT "billing_order_status_known" CHECK (
                status IN ('awaiting_payment', 'active', 'failed', 'suspended', 'cancelled')),
            ADD CONSTRAINT "billing_order_period_not_negative" CHECK (period >= 0),
            ADD CONSTRAINT "billing_order_paid_before_active" CHECK (
                status <> 'active' OR period > 0);
        ALTER TABLE "billing_order_payment"
            ADD CONSTRAINT "billing_order_payment_amount_positive" CHECK (amount > 0),
            ADD CONSTRAINT "billing_order_payment_period_positive" CHECK (period > 0),
            ADD CONSTRAINT "billing_order_payment_spend_key" CHECK (
                spend_key = 'order:' || order_id || ':' || period);
        """


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "billing_order_payment"
            DROP CONSTRAINT "billing_order_payment_amount_positive",
            DROP CONSTRAINT "billing_order_payment_period_positive",
            DROP CONSTRAINT "billing_order_payment_spend_key";
        ALTER TABLE "billing_order"
            DROP CONSTRAINT "billing_order_price_positive",
            DROP CONSTRAINT "billing_order_cycle_known",
            DROP CONSTRAINT "billing_order_status_known",
            DROP CONSTRAINT "billing_order_period_not_negative",
            DROP CONSTRAINT "billing_order_paid_before_active";
        ALTER TABLE "billing_product"
            DROP CONSTRAINT "billing_product_price_positive",
            DROP CONSTRAINT "billing_product_cycle_known";
        """


MODELS_STATE = (
    "eJztXWtz2zbW/isYfakzo2YS59JU6XRGsZVEW1vyayttd+MOA0mQxDVFaAnKima3//3Fha"
    "R4N0iTEkRjP3RjkgekzgEOznnOBf9tLfEUWeR5dzLBa9ttdcB/WzZcIvqP+K02aMHVaneD"
    "XXDh2OLPWmg6R44BQ8+OievACRtyBi2C6KUpIhPHXLkmtulVe21Z7CKe0AdNe767tLbN/6"
    "yR4eI5chfIoTe+/kUvm/YUfUeE/fnVf6E5Ze+a0A9q/cWeWd0ZMxNZ08gPEQ/x64a7XfFr"
    "H8x533Y/8mfZV4yNCbbWS3v3/GrrLrAdEJjiZ82RjRzoIvYG11mzn8W+2uOD/0vFL9g9Ij"
    "49RDNFM7i23BAbxsbuWsswBsORcdMbGUarAOMm2GZMp59KOAPm7BN+/Pn09NWrn05fvHr7"
    "7s3rn3568+7FuzaTGL2XvPXT3+JjdtwSQ3Ge9T/1ByP2QZhKVgieXfib00AXCiouoR33uX"
    "AS/D9bQCed+/7zMf7THxbnv8/tPAH4F3YS2M3G8iJobRbQBXd0UIBnwJv1HTBZExcv6bTc"
    "QMtCfL5ISGkJvxsWsufugv759nWOAH7vXp997l6fvH39LCqFgXfnlN9i8tjxH28ox4oIIC"
    "AoJQFvgucIYK9LIMLcl6fvJLhLn8pkL78X5S///wLs9Z/f3/xutfbC3dMXLyS4S5/K5C6/"
    "F+Uu+u4ix4aWkabEs5kcI6tkJh9Wl9c/kcmWuGhp3KFtEU5HqZrG6J/fSvD557eZbGa3ol"
    "yeorHpEmNJtwrDxq6Bvk8QmhoTB03p9RRDBWMLQTud+Q8PFhPImI5Wl5oJrtQglTyrZDi8"
    "YCMvCfmPJcyUmI0y+HL5oUeXA5cSfch0I6ZLyFQRfEvwU7C5oGweHkzLprBsDMtcmm4xcz"
    "5O+bBhXxXXXzTAsA9JwMIEpblSuasgINKzvcBs9xT7CtlT9jGF5nuSVs/4cjPe5yQmburE"
    "lxBCQKplUFLreNtoqaWQQqzl8Eg5lFgMSVothXJSuEcOYR9aiP0hImX53iKIjm1PEGX3co"
    "wchqu5CwQsSFyA7pEti6YdRCxL5EIGgCbl8o+b4SBdKmGamFim5sQF/wOWSWoTT+uX2dqe"
    "MOaD8dq0XNMmz9lrf60LK8rhMeNRxG7y/eeTy+6fcdf67GL4gbOM6pK5w0fhA3xI6ivGMg"
    "OmeAvn9I5rLlGmtgpRxkXjkT73/6EOKC2vuugPnA5ta9sS0EqOaEb9y97NqHt5FZHPeXfU"
    "Y3dO+dVt7OpJHA4JBgF/9EefAfsT/Gs46MXFGDw3+leLfRNcu5h6zhsDTkMokH/V51pE6p"
    "GwkCyEFSFSOexQFi2UAbFeZoNYLzmIxcJrs7vUEI9gYJLlH7GDzLn9G9pyxvfpN0Kq4lPY"
    "7MUaL4KBjozhf/tzyr+6m68O3AQxyehUo7+f/mokfMBrOvWv+2d0Z2GMHsPJ3QY6UyPCcX"
    "YHn+LYleDZ6K2QeHAaYuJRDW00wvQ/18iCbrqV4AsHy+xGD8d/lBAM5/LydBnj5RLacM6/"
    "kg3HiKNR8B63RLKj5D3fUpENlRuBbfNgwLw1ovYQXrtj/L0DsI2AgzdgRU0lbygwWUB7Tu"
    "mEBYWmkZsbk8p07YI5XJHncVuq4qFTAvhfW/4PFnPfN/dE2D4U2tdRfCWj+IG8CskgTLU/"
    "16Mhwjh+NLCxgjguQLBxYjheTLC5ojgyWLCJgtB4R2HoSSV8w+dJLsARtaLl11qUTq+z0u"
    "uMfoBNZhkYU54EYoRaBIVEkIM+hZLOHwk/hVLdj0wQsvhTVA1kAFBp070C7o5CQzWUvbE1"
    "Xi/AVxDB8rDVFOxqh7o+iFrtkN6H4aquDSAhSOBDgBp6AG9sQEXqdnzoiABoT4HPNQJsdI"
    "8csDS/A3eDgXhZClpV6cgPV5tkQlKHLW1QKE22mghDOwd/Uj/Lfn/Mlsqzf5mTZ/8ymWfP"
    "Fk8R/vrPq8zfFlmyOhzieqrBMSEdYYUpW9sA2a6zjWsWGfa/OpXg/qvTTOazW9p1e5qh6o"
    "QVm20KJOzbtPxzj/Ljbw9H75pn2/5dp7V0JdDBwGZNMZvij8jYTx7oaITNarnAH7WuXcSr"
    "DYE3SGDdvOeZUv5fzB5C1owRbAkwl8s1/4j0mF8loz7CglLLm9ZxvhafEOmGQM9eLxOuXj"
    "Tc5xPvsbYxBOMXMQ2ueoPz/uBTx5/2t/bV8GbUO6cXOBp9a/8+7J+zv++xOWV/9/686l+z"
    "C+j7ynQEXn0oOzlcH8k+hpSwHaKUFdgOalX+HomlIAX60qGwdU/tvPG2sKJM0pbSlYql9S"
    "gBPIZYu194TDFhyKJjyalYAUAmA1X6OW57ACoPakLUCFM+ypjOs6ILmc/FzGYq8Z2lCpb4"
    "Hi2p18+s3W9wyZyhb2Dm4CW1fXlyRpDP5mJ6SQSn/WtJ67nqwWWa3jiI/naWTyVmLBNrcI"
    "WKkj7/VeSZGFGc37/nVcKm3/RdE/a3TsJT0jinhuhyhV0q723RNg0ppI1DoWtpQOKwFEbi"
    "GlNzjkghiDRJqTJYWpLn1fcrEtqzmJrZ0eiwevkMomY26tpyHGuJbbTl23Qpx736ac6ah5"
    "XFWXxapTl/0x98uugZV5+7N70OIJTXFjJWC0jQrZ2Ovhi7y9SBNoJ7DInZ3WN4TDh58/AY"
    "DMNH8No1CKIvnqbg9NkoZpKyQd756cvXP71+9+rt60BtBVfytFVSMyXtXvk9OE5ZU1O7Rm"
    "3BEa+iFLcrbLumFK9rabymq8d19fjB9+snCaynAiJFCxgMnVtdZXlVaWmkUWthlBaGbqWw"
    "F+chBLsWmu1RugZ5DYeN6elWFlW2sshU7hUwuHkJbXEOp21oEoyOWiWa0xKcTjXkJFidWY"
    "Cso/8JHkc3rH31vvHfmpHXVrwLTkrWZzPkVbgjzsoc4Ttkt9K64fj32nlBfXOKbNd0twZc"
    "mYYbPF/nwTE6sK1kYFtX99Rb3bNy0Mz8XoTDOwqVedwiC1b552LgIssCXIcQAFfQKXX4Tg"
    "2hIfZFxgKSRRHmR6kal6exz2BqOoP3H0Cl26BZEBxnJAA7gCDit+89/IQ+qnzzalSMYD8B"
    "1PB7D7pXfXCHtgQs4RbYWFLNNAwz16GRjMXXrGrFCBoMiWusSSm5x2mPZu0/yZiYg+6p+V"
    "FGzlFKLWWVpUxcOJsVDjqEqXRoraqYA+dqBRjiDRvnC2l01CE8AyMY4ln35qx73jtUd50P"
    "0L7LOUQ5fLsthYmNKUWh85Rb3eD82R8IYORBzcl4C24WaAyBaN/c3vXNWWBryp9n3/seTK"
    "jL+SNe0xtzDDA1ZKhLHbdw63rPrX2PHJOye8o6UOc0kg5O2fU6SbM36jbS6mi6dg7QJ4SV"
    "EEDO8aI+gdIwVP+at5s6fQ2m5tw73bFw9YqMr36a7aufJnx1seiMouBqjExlxqtUKORrrx"
    "KGc4xUW84qW84a/8heZc3FP2JGR4Ec0Sih9pqq8pp8xlbgOJ2FhjoyUUhnuESnoUquU8D9"
    "FL8pLBkJpyk8J2QcphVyCLaFmxI0Dj3BGzoFwDd/sM4v5vTXb89Yy0AHWxb1T6ifAwELMr"
    "LnsMP+ZjWGKwu6M+wsUxqW1vkmnfWgsALLc4aWeGxahUzzHYW6QeHWi5+/+/8rFbN8KROz"
    "fJkds3wZt8zVzy5pFQwNq+T3HFchM7tp3pvTNbQK8rwFbbAjZsoYAgvN6T893X4CwQQvV9"
    "DePis176uP1S+haRWZ+AFB8wo3T9/IJJ3Qp7Kn/ptE2onNc0WhVbBIJkZWCbNr0eQvX/zI"
    "8SzgfzHon/NmoeGV0KYaO+Mxfz2osQ1Y0J6vqQlaVlmF6feosGawqKL62GUD3dq9QQegUn"
    "lDMi2usztc6wbXGjKhQ3huS/HKtgidwpVtLe6Kec7ZZoEJAkvED693FyYJomTAJO/56IC6"
    "bBH37Qd+cIXkAlUBc/F+bAWQy9VupKcnS+mSmchKKFwys5NbOJj8yD7ysUj2kanbzOKXSG"
    "6Ml/H5OEb50NXNLn23iczCzpS6P49j1ZCN0SQGlSxW27DjSio5q/2PYCQltOvei9Piiy8H"
    "Wg6tzwIIsxHKytcVa08Pu21qRVXZqjVdObUPNldfOaVd82zWN9c1V6iKSzWpH4mUpVKVdN"
    "HOU5G0Ltp5ClLWSWiqAaI6Ca1VAM9UOAnNx6NTgIIQVC0BEIQgcqkjsrEzh7ZJOJ4D3AV0"
    "AeUfmjPpE5Eu1nPRGDodYLoMYSbRE655ptgOn04/LLuOd2jkQmGN1c5BLtTPhjruOpDjyo"
    "cqESm77LEfPxh1AFUGkwW03Vv783DUu+iABXaRdWt3+9cX/UGvA6DpWKaNbu3+4ObLde+a"
    "KhibrB3k3No33YvejdH91GMDEWgxn5L+QDrWh+7gN+PDdXdw9rnD6wuNsUO5tZCMk9aMS5"
    "n0OyeueZ/WTA5jC0E7Q4mF6WLyHVPCugTsK7j9mtYfhsOLiFX9oR9TVIMvlx96lPec9fQh"
    "043oL41QPT2EKmFny4S2A6ukmmitMg6uEgkJ0Y0NbR/JZM+S/k2cP3dki00udSC9lUMRJh"
    "Xp4rC3Flgun15BKQqdW/yXdtiM2wKqhiYLr46feRe7p/wjSvYVSy/n9bEJme34edNV3vfz"
    "D1iUqkAKWOV1FmsDy1zSzXDKuxrS9UwmmCpycEL5T//hCCeOfSl5xty1DSRgTs0KO7XqqN"
    "rRtc+nfb7jU9y6v2pV/VV540OFuqvS7ymcIRCm0fkBD+YHiP0hyeDsk8l2FGqcS8be17hz"
    "ycaFDn+OUimtcJhNQk0mzH0e6tyQNbVVzFL6RifLaChCtz7V8XWdRaGlrEhdmnJaW4Ucik"
    "MUlakmiD1VhNWJpd1QUfXtM/pHKwVLC91tS2FphBIYpk1Z4pFIgGnYRj8y/QoYESDIa0l6"
    "edOhruvKBZB6r8yJpSYlcwHb4B5aJms3OqHDCYCTOryOC7i2TsHTqn+BhtQUVlrtHEjt8M"
    "17kirrcMBD9d0a2AorDO5EiFT2c5XBd6DrouUqrSg4U4+ESfZnBb2oV5ucvnz90+t3r96+"
    "DpRIcCVPd+h0hSfqROgKmich5pKwzzEiPi1mcTOwVXSpbLMOZw5aWXCCpnLw67ELvkD+Ua"
    "2OVJAAkuZHhbNDZNwofl7GmhTvibrAgM0I4k8Inv1ByAY700480Yi/pQ1iKSIn37x/f3uW"
    "1xK1+hdpp+pInao9dyxUTAT7aFio80DqzP339VZhxzVBqDkux3EHZ4EwD1db+LR7bOYocu"
    "yw0ypomw3/GLDqCd4v/Nbunl/2Bx0Ap0vTvrWHV73r7mjIbnujsxqKs9+M4ceP/bMeq6GY"
    "3Bl4NjMn6Na++XJ1NbxmNRfr1Qqrksmjqyr2XFWR3ww1K5h9JA1QeRIJWxzUNvQ/2suPN4"
    "lnd7JXMTuyXIPUdxIL4F3m/H8Xn/4zasVQj9GLeRQB41IolcXkWhsH2/PAuOcGPwQO9cCK"
    "mKiVIXUWnrCQ/Zo6Sik25wN5HTHao/HynySKozHZ7EXV3Lyt5vcf3kddzpNNEWmQDPeUXR"
    "Jr3vfIYsHuyhyxYY5QqR6klu0MrucL92Ypllq82Wlws50HG9vYNWdbY8KfNoj3uG5v+uSA"
    "WJ3dUm92i4u+p9iiI3o1nbv+842ABfNszN6fo4h5mSiaCUzMi+Hgk/94vJJGp2Q8TfNfkQ"
    "huj0WlLhEhkCvzxG4cuS+zIfMwl7EMUTwYyB3aCHCyNjUhJ6xLPw/tM2iMUtoEijI5PAMb"
    "ZlbSLZ/wSive8YtntsKZixzGDMKPobRFXdb7RCS3tjfd2qZLWDotOGGDcUJq99rQXTuQV6"
    "M+A0t4h4ioZKc8Ft8BxghsHNN1kc1TbyVjwl9Z9wZ3zQVArYm/tGmipGniNVcoUO/bzPhw"
    "HdG0gzYYfdjhbupkDzvObIejm2CK85zX9T5Mpe6xpS2WN7yl2wAS20PQxGgBqVrHIMjmUC"
    "JZ4nhCZPtTOjJclj8XkOWRW5QXheZ6iKaBHK6hg8N6/G80SXF9snkcImkgi19J7ZyvcnbO"
    "V8mdc4ynKWZJtkPvP98I/u7bod/Z6WXSfnbUe9wp6aNr5E8D6f3y/770vvTOO0BQ39o3ol"
    "sqb5P6sdu/YPdEBgC991v/6opdIHfmaiWbs113Yo+uL6o6a4F1lECOg1OiYdnqJkqlroWo"
    "rMrRGGL2DG8Whhg9CdR2S4g8RKYTg1RLDFIEI+6up6bbs10ntfVo6G47Dx+G7DkDBQ/WGa"
    "r92uKwrA+PtsHXVtAyNHwxmkXgX6XLQSOqaiKqxRXcse1lrQBy2jW5pW6A4z6V0saISe6v"
    "Ylk4ICBQ2VkVrbc7v5jTX9sg1IjZu/L8eaIE8TBwDGemkX1ISI4IjGM4HqRsikX1nidnWd"
    "GKtyhVAxldC/rV/FTb8GkMLKBtz9vAnAFobyXVykHCSRH7THYJRIgauAJq6QBu2qt1ihmV"
    "3SY5IFCjSzJ7bdEuyaLOypmvl9QBIW1A0MRBLgFLSO4qMKxqaaBMb7GfVmA57ChUXgtcFm"
    "Q9mSBCAPtCniizRLxXArvHwT960e+np8Sqma6FpjGWRQDiGFWTOnE+CiZWBNn4A40XGN91"
    "BYzfSkE3Yk+08xAOdM+Ui7ERJAYM0UjlwH0eja6AR8Vy0CCgrzDvkbMVzUUsPPc3dnHaJf"
    "cjWNnFNNm0pIoBdU78kcIkyJ6uMP2kwlZujLAufdVUiYTal6zZAWgFdoodgd4kUvgpIuFB"
    "i11JpsaoFPbaDsbYjPhsTh+jR4VmVeNmxHB8I2U4vskxHN8kDUdu6aIpStPEef1CInR77B"
    "dymHhchf1CtKWuG8bqzILqMgt8n6GwMRkjbNKSOmyPAZ+xSXEUbjLg+bfnoRGPTCKyHQNi"
    "s1GpAyk8KZytHYJTe6lGH2gXQCEmO5IHQYjPeENvCRBuapIVdCcLr+SBqTcRlV67Y/wdnJ"
    "gusOj4hLdsAxBsqPgZOXYAy3kHE7xcmi5Jaada21seAVccttukQrVar2TqJl5lF0688ion"
    "crAJNj+LAxMhqsZk2h5iFzmoggu2mWwVF96JpJVceEOUrDdmA7DTYjH7w0O9OsCzU71jcL"
    "xh6d/QBUtqVfHrfuxiRn/iNh14rXT0FLX2NQ7UBcvjLw3QqrL0mqIES0T4LDSdI8eAkwle"
    "0y/m3/3clK3zOAhgy6DC0u15A+I9liusqApgbCwomqve4Lw/+NQBHv2tfd676P/eu2b1OI"
    "FKitfslArD6god1QGdQN4lIJ04rS4fUDmTVkN32YuqudCd6nHgpwfd+YytDrrrhUY8MonI"
    "Qnex2agidBdIIduzDQtK2rMNz5eHPds/qH+Idv1ZwQbSsQBrTeWZ4uQHMFlAe44IuBrejN"
    "D0ORixbDw68aigvLRIYLIWJy4gLp2S0w6lTzi5db3o1qaXpsihlsUUzBy8FP2ykHMvus0K"
    "MtZni6UrfRN/GwRa7jdw8s3jt2Dhc4+FRJ+0pL7GbOf4ymun0DlL3uMqZ8CWxGZPX8g20s"
    "rtpJXMUNitoiKMjpE1kOHVl1Tpw2P2nAyi/Z7sud5cv+eARV7KSVkFr+cQhyKoJghZZ+eR"
    "JxvU6etc4FT/hl3O9Wk20KI/wbCwpBvTBYRaHUiULAhiVg5EfQTT7dBLIrzguxrisIkl3H"
    "JfYo6BjeaQ7ZXPQdej5skF2E5UE9X3plt7Bc0poD/5PeDHYswd6iKx96yoV4PZL4WW9yLm"
    "BkH2KLvNfCi8sdve+bI24IdwZ0YCtQujivrLc2Gya+gfji0dQyV966rbP+8ANuVv7avr4e"
    "Vw1B8Ouhed8GxXI4bUtJ7MrVCP8Y6nhHgjiQ5XQF5JJdc+P/AO5eXEIFVR+TanovJtwu3k"
    "ig2REqZ5lPJoAk+tsOqn6p7ws5Lk5HEkxrlULEqIr4xPFqU8HsEHPX3EZg7+jceAbNDKTc"
    "FWmy9/7ZNnq93m+uSeE1DUEI2QaY+8dH6Tn4tVlP9RumoE8EQ8ghxARMzqKoLAwUBHtgpk"
    "4ZDI+n/EOY+E5bsZDFx55GGPN2wgBkM1iOkppz0mNEeSa0MbjTD9j+RU7e7GOSqFITtTo5"
    "pSZqo+Cozj87CVAseJG20JQI4ET0pAciu4Zc2TRFTeB8va7BQsceIV/dMRHuZ7DmLxpcYb"
    "+3i9RniCAJg6aMPHSGbO1/QOjZopvEe281CzhkE1JaPQtYAvcJmu03NNwYBG2+Gl7XB2AF"
    "ZJUzxBqrIYeJe3RPgEBSp+IyqkJNHIg4hK4xTZAmkuTuGg2ZoytYzYY6RHg08+yYoIjUdp"
    "QEQlMewbENFQiCwUUrHPzhmW5bf73JTz3TmeJeXAZ/MltbxcjC7mGPWqdWW5Unq0neM0a8"
    "fuUI4dO0B+ViLpNEaoRVBaBJ6mKsT9HY1mfGnGh7cLedaHqTTzq7KkA1D/kYZ0EEY4MiHI"
    "2tHh2Rcxo8+6N2fd814rrloq4KmXKd1Qju5UqVJZ655HmFaYG/iKD5rbO/9UJlY2WRMXL3"
    "msyk/xtnkvKAGIiuCVgzcs81sEriZ3IrkcO1PWjJ9dDNLR+UwlafGy2t6jY2YKK/88818I"
    "vkjYbEexx+ZF/evrVl1yqDmBXEcFslnf3KiAr2kLG7kxQp1AV0/zyoil9khYs1lWWtJRqw"
    "L1bRKD8pLf/OWbZFnB7Lez0EBHtdxlrf+Yokt3qaqz6ofMgG2lGPXiRq5NPzYti/5kAweP"
    "FrPpOZ2oGV05eLqeuA9b2iJdbeudP+jQGUDtbpJv01f3nlub9csR8WnyHHxbIcfE02/+KO"
    "LwIfYmPiYkLq/lA+IxcPKCsp+5FfziFrmyHXW+xmeFf8S6OJjHv6J9CSV9iZVjTtIaleQ1"
    "UPBJVMbzWo5JR2GT25vgbQDFOvBWGZiwbsy8aIuvKun+p4dJU9qyWwkxyVUXB8RKlxeHZM"
    "OgDvbNZcRTs2e4U2plJLGj3qMfDjfQZCdEG96WUdApb3X/6PZH/cEn46r7z8veYNQB8RFv"
    "7e7ZqP97rwNEA6N4Z+Fb++bLDWtKzC6RNTdQ2dWz7uCsd8EfnDB+WSW7EJ/K9HA6ze7hdJ"
    "ro4cT9RPrrUjRjXgunMNkeOzgFV462hZPQ0UluZ29CAYGyHZ9baXbWe/ACjNEMO6KaYWY6"
    "RLI6uOq+0OJ7DKqSnMIoV5xWZ0GqnAXpSSs1ZCglZ5TanURdKfM38gOEqENj4NlMboU1Se"
    "bcKSzTdyNCuBeJV9EgJWi+YKPvru/Ssjaza/SejydMSe7gmgmPvPnTgdlhawcZDoJE4H6y"
    "oaMk5R5N1/3Ej2o5ElZYvsa4UHlbhKhxfK6+1arHr+JaLkJ4NPvak7RebOyaE2QU9hASdA"
    "qfDM5dBbpX+TtX4BoA8SvACVlgx6Wvsli3L7++jlI8AxtImKlzGCfCQUvGCYcYBKVlJGdK"
    "J0morh/nfyvgXfqJD6GH5LWChLAz3uwpWND/yMMYFYsjwFZKqMQ4rdaKKmvFAC8rk6MSo9"
    "WSVlrSOhfpCeYirVfTklKPUmqpqyL1lMWeSN1RKwPt0HI+SKTVC0EWP1YgQqcFUFWpS3Zy"
    "VuHKjMekZ6lh0DwqQWtXo5Ey3ytg79VupIZyN7rGH1WXL5K3UlRMgSRNngV3tQvqN4TrtV"
    "bnR3iWlVkY4qlkgmE4t0LucHoPOWCJf16KiwgTBwfixRrjceccfONPdn7h//dr5xcxyq/f"
    "0o+or+EdqZ0EBAu8nU/gbTwDMHzdQZSOuAbr4KbbDCiz87ZBTm7gMSRl1C+FytA53bbhoK"
    "XrBVtNRojUbTjZ2ulxob9F79QOSNfikrh0/c0pw/tBAanEyErJZY8xnaCdrTlFyxV2kT3Z"
    "MvG0gckz/pFDsM035VKCkQpcv8wJXL9MBq7Zx5SAnUJkDcScjhdjSksN0s0Pn46cS6T8JA"
    "gbl4lSS8ZP2NuRN/AivpM28SpCDYOqv0diWkGh4ZEJQRbRCs8+pRq6+GBiCkQTwhkfRmdC"
    "8ObDuMwNXiJ3QcmoaeYjqawyRdjSbQBdXqXJEnJMG+wqzLyXiaKlJBRT3bC6ZYvC6qidA6"
    "Ww/zdmsMguHCJRuW6v5A58KrUDn+bswKfJHZizDBWydUIkmstyXH4CJcOi+vSEF5BM6Lih"
    "UpJnko66LhOuR0jUWTKGHz92fHnc2pfDwejzxT87YIltd2Ftb+1/9rrX7MIWQUf28NW6C4"
    "dFZWzKssmtJw2I9lhN6u/OBYRi2uJL/QJuAlx4h4CNvY4VciLYT6mpzqfLXgPHmVml8+me"
    "otSz8ulKNRTbqalHpmMcofwPkofRRdQkXLRS3HvvTjvPu4e7Zyo9FOExzvRT8aQfGQ7P9p"
    "Hv6Qo0iyHVIRKVjday3tubNzLe25s32d4buxezQ+miKsBh7/EGcreW4Cl9o5taCPePm+Eg"
    "w6rckcSNC3Pigv8ByyQKeclVhNIYMyIWhM/Tk8vun3F2n10MP8RNAzbAh2LNQ6vfzP7+f6"
    "Vkfbw="
)
