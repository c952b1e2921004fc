"""The jobs next door to a marketplace seller's assistant (``tests/data/tags_written_al``): a not-VA role whose title
names the marketplace or the shop it works for, category and brand managers, buyers and ads specialists, beside the
marketplace managers and operators whose cards, orders and reviews stay VA work."""
from __future__ import annotations

import pytest

from pipeline.tags import phrase_scores, tag_text
from pipeline.tags.matcher.titles import NOT_VA

# A not-VA role's title naming the marketplace, the platform or the shop it works for: its workplace, not a task
WORKPLACES = [
    ("Purchasing Manager – products for Amazon and Etsy sellers",
     "Find factories in China, negotiate prices, place purchase orders, arrange freight and customs."),
    ("Менеджер по закупкам (Китай) — товары для маркетплейсов",
     "Поиск фабрик в Китае, переговоры о ценах, заказ партий, карго и растаможка."),
    ("Xarid bo'yicha menejer — marketpleyslar uchun tovarlar",
     "Xitoydagi fabrikalar bilan muzokaralar, partiyalarga buyurtma berish, kargo va bojxona."),
    ("کارشناس خرید کالا برای فروشگاه اینترنتی",
     "پیدا کردن تأمین‌کننده در چین، مذاکره قیمت، ثبت سفارش خرید، هماهنگی حمل و ترخیص."),
    ("Mahsulot fotografi (marketpleyslar uchun)", "Studiyada predmetli suratga olish, yorug'likni sozlash, retush."),
    ("Фотограф для маркетплейсов (Wildberries, Ozon)", "Предметная съёмка в студии, свет, ретушь."),
]


@pytest.mark.parametrize("title,description", WORKPLACES, ids=[t for t, _ in WORKPLACES])
def test_a_not_va_role_s_marketplace_is_its_workplace_not_a_task(title: str, description: str) -> None:
    scores = phrase_scores(title, "")[0]
    assert scores.get(NOT_VA) and "ecommerce_support" not in scores, scores
    r = tag_text(title, description)
    assert not r.va_relevant and r.tags == [], (r.va_relevance, r.tags)


@pytest.mark.parametrize("title", [
    # hard negatives: an assistant to a head names the head's business, which is no not-VA title
    "Executive Assistant to the CEO – Amazon brand", "Помощник руководителя интернет-магазина",
    "Onlayn do'kon rahbari yordamchisi", "دستیار مدیرعامل فروشگاه اینترنتی",
])
def test_an_assistant_to_a_head_keeps_the_head_s_marketplace(title: str) -> None:
    scores = phrase_scores(title, "")[0]
    assert not scores.get(NOT_VA) and "ecommerce_support" in scores, scores


# hard negatives: a marketplace's manager, operator or assistant names no not-VA role, and its marketplace stays
# e-commerce work
SELLERS_ASSISTANTS = [
    ("Amazon Seller Central VA – listings and buyer messages",
     "Create and update listings, answer buyer messages, process returns."),
    ("Менеджер маркетплейсов (Wildberries, Ozon)",
     "Создание и редактирование карточек товаров, поставки на склады, ответы на отзывы."),
    ("Uzum Market operatori (tekstil do'koni)",
     "Tovar kartochkalarini yaratish, buyurtmalar va qaytarishlar, xaridorlar savollariga javob berish."),
    ("Узум Маркет оператори (тўқимачилик дўкони)",
     "Товар карточкаларини яратиш, буюртмалар ва қайтаришлар, харидорлар саволларига жавоб бериш."),
    ("کارشناس درج کالا در دیجی‌کالا (دورکاری)",
     "درج کالای جدید در پنل فروشندگان، به‌روزرسانی قیمت و موجودی، پیگیری مرجوعی‌ها، پاسخ به سؤالات مشتریان."),
]


@pytest.mark.parametrize("title,description", SELLERS_ASSISTANTS, ids=[t for t, _ in SELLERS_ASSISTANTS])
def test_a_marketplace_s_manager_or_operator_stays_ecommerce_work(title: str, description: str) -> None:
    scores = phrase_scores(title, "")[0]
    assert not scores.get(NOT_VA) and "ecommerce_support" in scores, scores
    r = tag_text(title, description)
    assert r.va_relevant and "ecommerce_support" in r.tags, (r.va_relevance, r.tags)


@pytest.mark.parametrize("title", [
    "Purchasing Manager – home goods", "Менеджер по закупкам (Китай)", "Xarid bo'yicha menejer (Xitoy yo'nalishi)",
    "Харид бўйича менежер", "کارشناس خرید خارجی",
])
def test_a_purchasing_manager_s_title_is_a_not_va_title(title: str) -> None:
    assert phrase_scores(title, "")[0].get(NOT_VA)


# category and brand managers own a category's or a brand's sales: leadership, not a seller's assistant
CATEGORY_MANAGERS = [
    ("Category Manager – Amazon (Home & Kitchen)",
     "Own the category's sales plan, negotiate with brands, lead two marketplace managers."),
    ("Brand Manager – Amazon, Home & Kitchen", "Own the brand's P&L, set the ad budget, plan launches."),
    ("Категорийный менеджер (Wildberries)", "Выполнение плана продаж категории, переговоры с поставщиками."),
    ("Бренд-менеджер Ozon", "Стратегия бренда, план продаж, бюджет на продвижение."),
    ("Kategoriya menejeri (Uzum Market, elektronika)",
     "Oylik savdo rejasini bajarish, brendlar bilan muzokaralar, kontent menejerlarga rahbarlik."),
    ("Категория менежери (Uzum Market)", "Ойлик савдо режасини бажариш, брендлар билан музокаралар."),
    ("Brend menejeri (Uzum Market)", "Brend strategiyasi, savdo rejasi, reklama byudjeti."),
    ("مدیر دسته‌بندی کالای دیجیتال دیجی‌کالا", "مسئولیت تحقق فروش دسته، مذاکره با برندها، مدیریت تیم."),
    ("مدیر برند (فروشگاه اینترنتی)", "تدوین استراتژی برند، برنامه فروش و بودجه تبلیغات."),
]


@pytest.mark.parametrize("title,description", CATEGORY_MANAGERS, ids=[t for t, _ in CATEGORY_MANAGERS])
def test_a_category_or_brand_manager_is_no_va_work(title: str, description: str) -> None:
    assert phrase_scores(title, "")[0].get(NOT_VA)
    r = tag_text(title, description)
    assert not r.va_relevant and r.tags == [], (r.va_relevance, r.tags)


def test_an_assistant_of_a_category_manager_is_read_by_its_duties() -> None:
    # hard negative: as an assistant of a purchasing manager is, the description decides
    r = tag_text("Ассистент категорийного менеджера",
                 "Редактирование карточек товаров, ответы на отзывы покупателей, ведение таблиц остатков.")
    assert r.va_relevant and "general_admin" in r.tags, (r.va_relevance, r.tags)


@pytest.mark.parametrize("title", [
    # hard negatives: a product category's word in a clerk's grade, a marketplace's content manager and a brand's
    # ambassador name no category or brand manager
    "Документовед 1 категории",
    "Kontent menejer (marketpleyslar)",
    "Brand Ambassador (Instagram)",
])
def test_a_category_s_or_brand_s_other_roles_are_no_category_managers(title: str) -> None:
    assert not phrase_scores(title, "")[0].get(NOT_VA)


# an ads specialist of a marketplace sets ad budgets and bids: not a seller's assistant
ADS_SPECIALISTS = [
    ("Маркетплейс реклама мутахассиси (Uzum, таргет)", "Uzum ичидаги рекламани созлаш, бюджет ва ставкалар, ҳисобот."),
    ("Marketpleys reklama mutaxassisi (Uzum)", "Uzum ichidagi reklamani sozlash, byudjet va stavkalar, hisobot."),
    ("Target mutaxassisi kerak", "Instagram va Facebook reklamalarini sozlash, byudjet, hisobotlar."),
    ("Специалист по рекламе на Wildberries", "Настройка внутренней рекламы, ставки, бюджет, отчёты."),
    ("Amazon Ads Specialist", "Run Sponsored Products campaigns, bids, budgets and reports."),
    ("کارشناس تبلیغات دیجی‌کالا", "راه‌اندازی کمپین‌های تبلیغاتی، مدیریت بودجه و گزارش."),
]


@pytest.mark.parametrize("title,description", ADS_SPECIALISTS, ids=[t for t, _ in ADS_SPECIALISTS])
def test_a_marketplace_ads_specialist_is_no_va_work(title: str, description: str) -> None:
    assert phrase_scores(title, "")[0].get(NOT_VA)
    r = tag_text(title, description)
    assert not r.va_relevant and r.tags == [], (r.va_relevance, r.tags)


@pytest.mark.parametrize("title,description", [
    # hard negatives: an ads manager beside content and an SMM role, which the labelling rules read as VA work
    ("Reklama va kontent bo'yicha SMM menejer", "Instagram sahifasini yuritish, postlar va storislar tayyorlash."),
    ("SMM-менеджер (Instagram магазина)", "Ведение Instagram, посты и сторис, ответы в директ."),
])
def test_a_page_s_smm_manager_stays_va_work(title: str, description: str) -> None:
    assert not phrase_scores(title, "")[0].get(NOT_VA)
    assert tag_text(title, description).va_relevant
