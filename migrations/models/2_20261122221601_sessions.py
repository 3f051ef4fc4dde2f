from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "identity_api_token" ADD "kind" VARCHAR(16) NOT NULL DEFAULT 'api';
        ALTER TABLE "identity_api_token" ADD "expires_at" TIMESTAMPTZ;
        COMMENT ON COLUMN identity_api_token."kind" IS 'api or session';
COMMENT ON COLUMN identity_api_token."expires_at" IS 'sessions end; API keys may not';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "identity_api_token" DROP COLUMN "kind";
        ALTER TABLE "identity_api_token" DROP COLUMN "expires_at";"""


MODELS_STATE = (
    "eJztXW1z4rYa/Ssaf9o7k7uTkNelnc6QhOxydwNMwradbjquwAI8sSXXkkOYNv/9SjZ+t4"
    "ntGDCOv+wGSY+Qz5GlR+eRxD+SThSk0Y+dyYRYmElt8I+EoY74H9GsAyBBw/AzRAKDY80u"
    "qyFlhkwZBsqOKTPhRFQ5hRpFPElBdGKqBlMJ5qnY0jSRSCa8oIpnfpKF1b8tJDMyQ2yOTJ"
    "7x40+erGIFPSMqPv5wv1BVxHdNeIOkP0UZ41GeqkhTQg/iFLLTZbY07LRLddbD7MYuK1ox"
    "lidEs3TslzeWbE6wZ6A6jzVDGJmQIfENzLTEY4lWr3Bwn9R5Ar+I0/SAjYKm0NJYAIax7K"
    "dJstwfjOT77kiWpRzATQgWoPOmUhuAmWjCfz+1WsfH563D47OL05Pz89OLw4sDwRjPi2ed"
    "vziN8dFyqrIx633u9UeiQYQz6xAvEl5sG8igY2Uz5KNvkxPD/2oOzWT03fIR/PmDRfF30V"
    "5HgJvgM+D3xuIUSIs5ZOCRVwrIFKx6fRtMLMqIzrvlAmoasvtLBpZ0+CxrCM/YnH88O1lD"
    "wK+du6svnbsPZyf/CbPQX+W07CzBh48/WXDE8hDgGRRiYNXB1xCw1VcgBO5R6yIDurxUKr"
    "x2Xhhf+/8c8Lrlt9e/JWkr6LYODzOgy0ulomvnhdFFzwyZGGpy0iCeDnLErJSevNuxfPMd"
    "mS4pQ7r8iJZ5kA5b1Q3oT2cZcP50lgqzyAqjrKCxyqis86lCxoTJ6HmCkCJPTKTw9ARHhR"
    "ANQZwM/uuVRQgZ89o2Ncx4KRtgZZ1XMhh8EzXrlP6tOW5KxEfpf7+97PLXwWaJF1JZyHUJ"
    "uCoObjE8HZhzcvN6ZQ03ubmRNVVXWT53Pmr5umNfFuqHNXDsAwxohKKkpdTat8Azanp7jt"
    "6+GtgNhBXRmFz9PW7b9PhiPd5FklCW2PEzkOCZNhwUHHVW02ihVyHBuOHhjTwUeBnitg0L"
    "xVh4QiYVDc0Ff8CosrhLFPG68QRxuPUxMoWuxuYIaJAygJ4Qzqqm7YQWHTEoBNA4L/+7H/"
    "STWQnaRGhR1AkD/wJNpRujR/p5auGJAB+MLVVjKqYfxdf+simtaA3GAqOQ3+Sunz/cdn6P"
    "Lq2vvg0ubcj4WDIz7VrsCi7j45WATIYJq4VrnsNUHaWOVgHLKDUr04/uH9URpbMPXfwBlQ"
    "HWlpIjrayhZtS77d6POrfDED/XnVFX5LTs1GUk9UNUDvEqAb/1Rl+A+Aj+GPS7URq9cqM/"
    "JNEmaDHCV84LGSoBFchNdVELsR4KC2WVsEJGVQ47FFULs4hYR+ki1pEtYonw2vQxMcTjAB"
    "iH/IaYSJ3hr2hpA9/jbYR8iE+AeRVr/OZVtGeAv7h9yk31+6sJF15MMtzV+PPzp0bOGvCO"
    "d/273hWfWQTQYzh5XEBTkUOIixzSIpEUr2w8S2/p0RSI4czGRzyIaHY4zNu1p9r0MHDXnY"
    "qzxoJlb/J+NSIsjfiETyw2Js9tQDACJlkAg/sCq6rAZA7xjNs5LgJSQpkLlfcoi4EZNOjH"
    "qLNQctUJEeofkvvADrmuP+PEpQOx6yZMXckwtcdXLg6CVtvzrWtCxv7LXbUlYr8Ur9rRsL"
    "+iV32p2DPdq45ENAv63NpKlRbwLiZrV/BhLzr7uxa2a96zwu8ZbwCm0xQRZR0DEcOGglwU"
    "rJFXAruq36ivBPZy7xkRWQWW8DCQorAkdfcS0B0FqqopvJF3vFIK1ko8TNCufFnxVdXKlz"
    "Jfl6s6GEBKkaMPAe7oAbLAgFPK2q50RAHECnBRowCjJ2QCXX0GbEGA82UJalWpNb9+nCJV"
    "ktrt3v0K7QMtR0I/WKM/VX8b+fbAzrSR/GjNRvKj+EZy8fLkwdctX2V8JaqLgyaUrYYGU4"
    "W8BoNwWA8AwsxcZgyah+A/bmVA/7iVCr7IapZu7zMWG/Ni012BmH+btMF6ZXnz9Q5pkCVv"
    "Yqmtb/uySW9p6KiDns+a4DZFi2Txn1aioxx0q7MF/rh3zZB9nA6sKvG8m5/srUDuJ+EPIW"
    "0qDJYUqLpu2Y1IjvmVUusbPKhqraabOJ9kd4hkR6CLLT221AuH+1zjLR7eC8j4eVyDYbd/"
    "3et/brvd/gEPB/ej7jVPsNXoB/zroHctPj8RVRGfu78Pe3ciAT0bquno1bvyk4MHAEVjaA"
    "HfIWxZgu9QraOte+IpZBJ9eVVEe+J+3niZe6CM2xYaK18n9/0JjwFotyuPVYyMrOpYvCuW"
    "IJBlkSoHGI0I/2cLQuVOXYgNypRvcqbXedG53Od8bjNn3PdUgU6ekM5X/cLb/QvqYjH0F5"
    "iaROe+r705w9vPxghPcoLTblrcey678iy3upiIP7vYT+X0WEGrl8Kp5OV/OPtM5LDO7+at"
    "jnomZ7pLE/G52YRXSeecO6K6QRjne5n3HoIE09qp0Bu5YcMUWxgpkxV1hmguiTRuWWWxtC"
    "Dm5V/I44ye+YYZ36YJqxffQVTPm6iWto6lE4yW9jRdaOFefjcXt2MV1Vlc20ojf9/rf/7W"
    "lYdfOvfdNqAcaw3JxhxS9ICT1RfZT+YLaNnLE0qMnyf0mODmzd1rMEIfIRaTKeJfrCTo9O"
    "kqZtyyRqvz1tHJ+cnF8dmJN2x5KetGq/jIFPd7s8/BUcsN3dpWqyk4tKoohHaJ94pVCuuN"
    "3CzWHI9ujkfvfL5+l8J6oiCS9wCD3OytLvN4VWE2kqwbMgqT0dwVsJXFQ0B2zdXbw3Y1Wj"
    "XsNqbX3NVQ5l0NqYN7CQDXb0NbFOGkCS0D0GGvpEE6A9KJjlwGqFMPIDfR/xjG4Qlrs0dj"
    "4tNryr42dwetu0Pg9X20Cbs+68HXS94bcQx1RB4RlpJuw3HzDtYF9VUFYaaypQwNVWZe+U"
    "3+MkoT2K5kYLs53bPZ0z2Giabqcx6EfYsqYyzRuTj5xwhgSNOAPYZQAA1oFvp1mQ2EhkSL"
    "5Dmk8zzgh61qt09jm8HUZIC3H0Dl06CaUxwXJoCYgCLq3k+7+w69V/vNyxliHPgp4I7fT6"
    "Az7IFHtKRAh0uAScZhpmaaeRMaSXn56nVaMaQGQ8pkixbiPWq7N+/+u4yJmeiJux9FeA5b"
    "NixXmWXK4HSaO+gQtGpCa2XFHGxUS9AQ70U932mtow7BHhjSEK8691ed6+6ubtfxsU+Qw0"
    "LEZNDDnIe0aMaDLo0gtpcjwsEaQQzpUNXyrGg9g9qpBa3TLHIBL5V+quM0Jhg0guNmT80Y"
    "kNIF4YNqXukrZtggnvGcEtEK39vg2m5RDiOGqJOYeTWxwW/97l0b2D/C/YA717e9fhtARV"
    "fxAx4Mu3ed0UBkr2p/wJedq6/y4Oamd9VtAzHVy2Q6VSfoAd9/Hw4Hd6M2oJZhkKoIxiqV"
    "+VSvPiXFKtf9kGTIbou/JenOC3v7U5KNnJXe1+slZxW6fMsJKSW8jHmu3gpEw/esC+zk7q"
    "0OMtXJXEraV+DkHKxbRUG/TGUWTu9l1fTGE1/p66HUH3ZM9yTTf9axFj7k6WmmVdHpmlXR"
    "aezoNX+pciC8Kl5DdDeyCYN/I0NJGzLTT3kFTLZ/yGs3Snppx7lyTPflT2Yv/weC9crF"
)
