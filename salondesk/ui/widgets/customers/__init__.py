"""Customer widgets other areas embed: the counter search and the safety banner.

They live in this area-named package so their strings land in ``customers_zh_CN.ts``;
import them from ``salondesk.ui.widgets.customer_search`` / ``salondesk.ui.widgets.safety_banner``.
"""
