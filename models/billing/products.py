"""Products: what customers can order, managed by staff."""

from __future__ import annotations

from collections.abc import Collection

from models.billing.errors import BillingErrorCode
from models.billing.tables import BillingCycle, Product
from models.errors import NotFound, ValidationFailed
from models.ledger.codes import AMOUNT_MAX


def _name(value: str, field: str) -> str:
    value = value.strip()
    if not 1 <= len(value) <= 200:
        raise ValidationFailed(BillingErrorCode.INVALID_NAME,
                               "a name of 1 to 200 characters is required",
                               field=field)
    return value


def _price(value: int) -> int:
    if not 0 < value <= AMOUNT_MAX:
        raise ValidationFailed(BillingErrorCode.PRICE_MUST_BE_POSITIVE,
                               "a price is a positive number of rials",
                               field="price")
    return value


async def create_product(name_fa: str, name_en: str, price: int, cycle: BillingCycle,
                         active: bool = True) -> Product:
    return await Product.create(name_fa=_name(name_fa, "nameFa"), name_en=_name(name_en, "nameEn"),
                                price=_price(price), cycle=cycle, active=active)


async def update_product(product_id: int, *, name_fa: str | None = None,
                         name_en: str | None = None, price: int | None = None,
                         cycle: BillingCycle | None = None, active: bool | None = None) -> Product:
    """Change a product; orders placed before keep the price and cycle they were placed at."""
    product = await get_product(product_id)
    if name_fa is not None:
        product.name_fa = _name(name_fa, "nameFa")
    if name_en is not None:
        product.name_en = _name(name_en, "nameEn")
    if price is not None:
        product.price = _price(price)
    if cycle is not None:
        product.cycle = cycle
    if active is not None:
        product.active = active
    await product.save()
    return product


async def get_product(product_id: int) -> Product:
    product = await Product.get_or_none(id=product_id)
    if product is None:
        raise NotFound(BillingErrorCode.PRODUCT_NOT_FOUND,
                       f"no product {product_id}", field="productId")
    return product


async def products_by_id(product_ids: Collection[int]) -> dict[int, Product]:
    """The products of `product_ids` that exist, by id, in one query."""
    return {p.id: p for p in await Product.filter(id__in=list(product_ids))}


async def products(*, active_only: bool) -> list[Product]:
    """Every product (a catalogue is short), active ones only for customers."""
    query = Product.filter(active=True) if active_only else Product.all()
    return await query.order_by("id")
