"""One renderer per Vietnamese portal CMS family (URL shapes and markup from
/work/shared/PORTALS.md and the real pages in /work/shared/corpus/real)."""
from __future__ import annotations

import random
from urllib.parse import quote_plus

from . import boiler as B
from .boiler import e
from .model import Category, Placed, Site
from .templates import Renderer


def _d(p: Placed) -> str:
    a = p.art
    return f"{a.date[8:]}/{a.date[5:7]}/{a.date[:4]}"


# ----------------------------------------------------------------------------- Tân Dân SharePoint
class TanDan(Renderer):
    cms = "tandan-sharepoint"
    generator = "Microsoft SharePoint"

    def home_path(self, site: Site) -> str:
        return "/portal/Pages/default.aspx"

    def article_path(self, site: Site, p: Placed) -> str:
        d = p.art.date
        ymd = f"{int(d[:4])}-{int(d[5:7])}-{int(d[8:])}"
        return f"/portal/Pages/{ymd}/{p.slug[:60].rstrip('-')}-{p.token}.aspx"

    def listing_path(self, site: Site, cat: Category, page: int) -> str:
        base = f"/portal/Pages/{cat.slug}.aspx"
        return base if page == 1 else f"{base}?PageIndex={page}"

    def static_path(self, site: Site, kind: str) -> str:
        return {"contact": "/portal/Pages/Lien-he.aspx", "intro": "/portal/Pages/Gioi-thieu.aspx",
                "docs": "/portal/Pages/Van-ban.aspx", "login": "/_layouts/15/Authenticate.aspx",
                "search": "/portal/Pages/Tim-kiem.aspx"}[kind]

    def date_prefer(self, rng: random.Random) -> str | None:
        return rng.choice(["dang_ngay_dash", "dang_luc", None])

    def layout(self, ctx, title, main, head="", crumbs=None):
        rng = ctx.rng
        return ('<!DOCTYPE html><html lang="vi" dir="ltr">' + self.head(ctx, title, head) +
                '<body><form method="post" action="./default.aspx" id="aspnetForm"><div id="s4-workspace"><div id="s4-bodyContainer">'
                f'<div class="tandan-header"><img src="/portal/PublishingImages/banner.jpg" alt="image banner">'
                f'<div class="tandan-topbar">{B.today_html(rng)} {B.a11y_html(rng)}</div></div>'
                f'<div class="tandan-menu">{self.menu_html(ctx, "tandan-nav")}</div>{B.marquee_html(ctx.site.name)}'
                f'<div id="DeltaPlaceHolderMain" class="row"><div class="col-md-8 tandan-main">{self.crumbs_html(crumbs)}{main}</div>'
                f'<div class="col-md-4 tandan-right">{self.sidebar(ctx)}</div></div>'
                f'<div class="tandan-footer">{B.footer_html(ctx.site, rng)}</div></div></div></form>'
                '<script src="/_layouts/15/TD.Portal/js/portal.js"></script></body></html>')

    def article_block(self, ctx, p, date_txt, top_by, body, bottom_by, x, rng):
        a = p.art
        old_skin = rng.random() < 0.3
        if old_skin:
            return (f'<div class="tandan-title-view">{e(a.title)}</div><div class="tandan-date-view">{e(date_txt)} {x["views"]}</div>'
                    f'<div class="tandan-content-view">{top_by}<p><b>{e(a.lead)}</b></p>{body}{bottom_by}</div>{x["share"]}{x["related"]}{x["comments"]}')
        return (f'<div class="tandan-p-article"><h1 class="tandan-p-article-news-title">{e(a.title)}</h1>'
                f'<div class="tandan-p-article-info"><span class="tandan-span-date-publish">{e(date_txt)}</span> '
                f'{x["views"]} <span class="zoom">100%</span> {x["print"]}</div>'
                f'<div class="tandan-p-article-news-summary"><strong>{e(a.lead)}</strong></div>{top_by}'
                f'<div class="tandan-p-article-main ms-rtestate-field">{body}{bottom_by}</div>{x["rating"]}'
                f'<div class="td-tags">{x["tags"]}</div>{x["share"]}{x["prevnext"]}'
                f'<div class="tandan-div-article-other">{x["related"]}</div>{x["comments"]}</div>')

    lead_inside = False

    def listing_item(self, ctx, p):
        return (f'<div class="channel-news"><div class="channel-news-img"><img src="/portal/PublishingImages/{p.num_id}.jpg" alt=""></div>'
                f'<h3 class="channel-news-title"><a href="{e(p.path)}">{e(p.art.title)}</a></h3>'
                f'<span class="channel-news-date">({_d(p)})</span><p class="channel-news-summary">{e(p.art.lead[:200])}</p></div>')


# ----------------------------------------------------------------------------- Liferay 6.2 Hà Nội point-portal
class Liferay62(Renderer):
    cms = "liferay-6.2"
    generator = ""

    def article_path(self, site: Site, p: Placed) -> str:
        return f"/{p.cat.slug}/-/view_content/{p.num_id}-{p.slug[:70].rstrip('-')}.html"

    def listing_path(self, site: Site, cat: Category, page: int) -> str:
        if page == 1:
            return f"/{cat.slug}"
        return (f"/{cat.slug}?p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1"
                f"&p_p_col_count=2&_101_delta=10&_101_keywords=&_101_advancedSearch=false&_101_andOperator=true&_101_cur={page}")

    def date_prefer(self, rng):
        return rng.choice(["ngay_dang_ampm", None])

    def layout(self, ctx, title, main, head="", crumbs=None):
        rng = ctx.rng
        return ('<!DOCTYPE html><html class="aui ltr" dir="ltr" lang="vi-VN">' +
                self.head(ctx, title, head + '<script>var Liferay={Browser:{},ThemeDisplay:{getPathThemeRoot:function(){return "/so4t-theme";}}};'
                          'var themeDisplay=Liferay.ThemeDisplay;</script><link href="/so4t-theme/css/main.css" rel="stylesheet">') +
                '<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site"><div id="wrapper" class="container-fluid">'
                f'<header id="banner" role="banner"><div class="banner-top">{B.today_html(rng)}{B.a11y_html(rng)}</div>'
                f'<img src="/so4t-theme/images/banner.png" alt="{e(ctx.site.name)}"></header>'
                f'<nav id="navigation" class="sort-pages modify-pages">{self.menu_html(ctx, "nav")}</nav>{B.marquee_html(ctx.site.name)}'
                f'<div id="content"><div class="portlet-layout row-fluid"><div class="span8 portlet-column" id="column-1">'
                f'<div class="portlet-boundary portlet-boundary_101_" id="p_p_id_101_">{self.crumbs_html(crumbs)}{main}</div></div>'
                f'<div class="span4 portlet-column" id="column-2"><div class="portlet-boundary_2_WAR_portallienketportlet_">{self.sidebar(ctx)}</div></div></div></div>'
                f'<div class="footer-wrapper"><div id="footer">{B.footer_html(ctx.site, rng)}</div></div></div>'
                '<script src="/point-portal-ddlk-portlet/js/main.js"></script><script>Liferay.Util.addInputFocus();</script></body></html>')

    def article_block(self, ctx, p, date_txt, top_by, body, bottom_by, x, rng):
        a = p.art
        views = f" | View count: {rng.randrange(30, 2000)}" if rng.random() < 0.5 else ""
        return (f'<div class="asset-full-content show-asset-title"><h3 class="header-title asset-title">{e(a.title)}</h3>'
                f'<div class="assetPublishDate block_timer">{e(date_txt)}{views}</div>{top_by}'
                f'<div class="asset-content"><div class="journal-content-article">{body}{bottom_by}</div></div>'
                f'{x["share"]}{x["rating"]}{x["related"]}{x["comments"]}</div>')

    def listing_item(self, ctx, p):
        return (f'<div class="asset-bounddary"><div class="asset-abstract"><div class="asset-content normal-news">'
                f'<div class="asset-image"><a href="{e(p.path)}"><img src="/image/journal/article?img_id={p.num_id}" alt=""></a></div>'
                f'<div class="asset-content-custom"><h3 class="asset-title"><a href="{e(p.path)}">{e(p.art.title)}</a></h3>'
                f'<div class="assetPublishDate block_timer">{_d(p)} | {B.parse_when(p.art):%I:%M %p}</div>'
                f'<div class="asset-summary">{e(p.art.lead[:220])}</div></div></div></div></div>')

    def pager_html(self, site, cat, page, npages, cls="pager lfr-pagination-buttons"):
        first = self.listing_path(site, cat, 1)
        prev = self.listing_path(site, cat, max(1, page - 1))
        nxt = self.listing_path(site, cat, min(npages, page + 1))
        dis = ' class="disabled"'
        return (f'<div class="taglib-page-iterator"><div class="clearfix lfr-pagination"><small class="search-results">'
                f'Trang {page} / {npages}</small><ul class="{cls}">'
                f'<li{dis if page == 1 else ""}><a href="{e(first)}">Đầu tiên</a></li>'
                f'<li{dis if page == 1 else ""}><a href="{e(prev)}">Trước</a></li>'
                f'<li{dis if page == npages else ""}><a href="{e(nxt)}">Tiếp</a></li></ul></div></div>')


# ----------------------------------------------------------------------------- Liferay 7 (DXP)
class Liferay7(Renderer):
    cms = "liferay-7"

    def article_path(self, site: Site, p: Placed) -> str:
        return f"/-/{p.num_id}-{p.num_id % 7 + 1}"

    def listing_path(self, site: Site, cat: Category, page: int) -> str:
        base = f"/web/guest/{cat.slug}"
        return base if page == 1 else (f"{base}?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_hyvG"
                                       f"&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_hyvG_cur={page}")

    def date_prefer(self, rng):
        return rng.choice(["paren_thu", None])

    def article_meta_head(self, ctx, p, rng, canonical):
        head, t = super().article_meta_head(ctx, p, rng, canonical)
        t0 = B.parse_when(p.art)
        wd = B.WEEKDAYS_LOWER[t0.weekday()]
        desc = f"({wd}, {t0:%d/%m/%Y %H:%M})" if p.art.has_time else f"({wd}, {t0:%d/%m/%Y})"
        head = head.replace(f'<meta name="description" content="{e(p.art.lead[:200])}">',
                            f'<meta name="description" content="{e(desc)}" lang="vi-VN">')
        return head, t or p.art.has_time

    def layout(self, ctx, title, main, head="", crumbs=None):
        rng = ctx.rng
        return ('<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN">' +
                self.head(ctx, title, head + '<link href="/o/portal-theme/css/main.css" rel="stylesheet">'
                          '<script>var Liferay={};Liferay.authToken="Xk3d9";</script>') +
                '<body class="controls-visible guest-site signed-out public-page"><nav class="quick-access-nav"><a href="#main-content">Skip to Content</a></nav>'
                f'<div id="wrapper"><header id="banner"><div class="top">{B.today_html(rng)} {B.a11y_html(rng)}</div>'
                f'<h1 class="site-title">{e(ctx.site.name.upper())}</h1><nav id="navigation" data-senna-track="permanent">{self.menu_html(ctx, "navbar-nav")}</nav></header>'
                f'<section id="content"><div class="row"><div class="col-md-8" id="main-content">{self.crumbs_html(crumbs)}{main}</div>'
                f'<div class="col-md-4"><div class="portlet-boundary_MostViewedAssetsPortlet_">{self.sidebar(ctx)}</div></div></div></section>'
                f'<footer id="footer">{B.footer_html(ctx.site, rng)}</footer></div>'
                '<script src="/o/frontend-js-web/liferay/global.bundle.js" data-senna-track="permanent"></script></body></html>')

    def article_block(self, ctx, p, date_txt, top_by, body, bottom_by, x, rng):
        a = p.art
        return (f'<div class="asset-full-content clearfix default-asset-publisher show-asset-title"><div class="mb-2"><h3 class="asset-title">'
                f'{e(a.title)}</h3></div><div class="asset-content mb-3"><div class="journal-content-article" data-analytics-asset-id="{p.num_id}" '
                f'data-analytics-asset-title="{e(a.title)}" data-analytics-asset-type="web-content"><section>'
                f'<span class="text-ngayxam-page">{e(date_txt)}</span>{top_by}{body}{bottom_by}</section></div></div>'
                f'{x["views"]}{x["share"]}{x["related"]}{x["prevnext"]}</div>')


# ----------------------------------------------------------------------------- NukeViet 4
class NukeViet(Renderer):
    cms = "nukeviet-4"
    generator = "NukeViet v4.5"

    def home_path(self, site: Site) -> str:
        return "/vi/"

    def article_path(self, site: Site, p: Placed) -> str:
        return f"/vi/news/{p.cat.slug}/{p.slug[:80].rstrip('-')}-{p.num_id}.html"

    def listing_path(self, site: Site, cat: Category, page: int) -> str:
        return f"/vi/news/{cat.slug}/" if page == 1 else f"/vi/news/{cat.slug}/page-{page}"

    def static_path(self, site: Site, kind: str) -> str:
        return {"contact": "/vi/contact/", "intro": "/vi/about/gioi-thieu.html", "docs": "/vi/laws/",
                "login": "/vi/users/login/", "search": "/vi/seek/"}[kind]

    def feed_path(self, site: Site) -> str | None:
        return "/vi/news/rss/"

    def date_prefer(self, rng):
        return rng.choice(["thu_gach", None])

    def layout(self, ctx, title, main, head="", crumbs=None):
        rng = ctx.rng
        s = ctx.site
        return ('<!DOCTYPE html><html lang="vi" xmlns="http://www.w3.org/1999/xhtml">' +
                self.head(ctx, title, head + f'<meta name="author" content="{e("UBND " + s.unit_name)}">'
                          f'<meta name="copyright" content="{e(s.name)} [webmaster@vinades.vn]">'
                          '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_name_variable="nv";</script>') +
                f'<body><div class="body-bg"><div class="wraper"><header><div class="logo"><img src="/uploads/{e(s.key)}/logo.png" alt="{e(s.name)}">'
                f'<span class="site_name">{e(s.name.upper())}</span></div><div class="header-right">{B.today_html(rng)} {B.a11y_html(rng)}'
                f' <a href="/admin/">Quản trị</a></div></header><nav class="second-nav">{self.menu_html(ctx, "nav navbar-nav")}</nav>'
                f'{B.marquee_html(s.name)}<section><div class="row">{self.crumbs_html(crumbs)}<div class="col-md-16">{main}</div>'
                f'<div class="col-md-8">{self.sidebar(ctx)}</div></div></section>'
                f'<footer id="footer"><div class="copyright">{B.footer_html(s, rng)} Powered by NukeViet - webmaster@vinades.vn</div></footer>'
                '</div></div><script src="/assets/js/global.js"></script><script src="/themes/default/js/main.js"></script></body></html>')

    def article_block(self, ctx, p, date_txt, top_by, body, bottom_by, x, rng):
        a = p.art
        return (f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{e(a.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{e(date_txt)}</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li>{x["print"]}</li></ul></div></div>'
                f'<div class="clearfix"><div class="hometext m-bottom"><strong>{e(a.lead)}</strong></div></div>{top_by}'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="margin-bottom-lg">{bottom_by}</div></div></div>{x["views"]}{x["rating"]}{x["tags"]}{x["share"]}'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news">{x["related"]}</div></div>{x["comments"]}')

    lead_inside = False

    def pager_links(self, site, cat, page, npages):
        links = super().pager_links(site, cat, page, npages)
        return [("«" if t == "Trước" else "»" if t == "Tiếp" else t, u) for t, u in links if t not in ("Đầu tiên", "Cuối")]


# ----------------------------------------------------------------------------- Drupal Gavias
class Drupal(Renderer):
    cms = "drupal-gavias"
    generator = "Drupal 10 (https://www.drupal.org)"

    def article_path(self, site: Site, p: Placed) -> str:
        return f"/{p.slug[:90].rstrip('-')}"

    def listing_path(self, site: Site, cat: Category, page: int) -> str:
        base = f"/tin-tuc/{cat.slug}"
        return base if page == 1 else f"{base}?page={page - 1}"

    def static_path(self, site: Site, kind: str) -> str:
        return {"contact": "/lien-he", "intro": "/gioi-thieu", "docs": "/van-ban", "login": "/user/login",
                "search": "/search/node"}[kind]

    def search_url(self, site, q):
        return f"/search/node?keys={quote_plus(q)}"

    def layout(self, ctx, title, main, head="", crumbs=None):
        rng = ctx.rng
        s = ctx.site
        return ('<!DOCTYPE html><html lang="vi" dir="ltr">' +
                self.head(ctx, title, head + '<link rel="stylesheet" href="/themes/gavias_batiz/css/template.css">'
                          '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/"}}</script>') +
                '<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>'
                f'<div class="dialog-off-canvas-main-canvas"><div class="body-page gva-body-page"><header id="header" class="header-default">'
                f'<div class="topbar">{B.today_html(rng)} {B.a11y_html(rng)} <a href="/user/login">Đăng nhập</a></div>'
                f'<div class="branding"><a href="/" rel="home"><img src="/sites/default/files/logo.png" alt="Trang chủ"></a>'
                f'<div class="site-name">{e(s.name)}</div></div><div class="main-menu">{self.menu_html(ctx, "gva_menu")}</div></header>'
                f'{B.marquee_html(s.name)}<div role="main" class="main main-page"><div class="container"><div class="row">'
                f'<div id="main-content" class="col-lg-9">{self.crumbs_html(crumbs)}{main}</div>'
                f'<aside class="col-lg-3 sidebar">{self.sidebar(ctx)}</aside></div></div></div>'
                f'<footer id="footer" class="footer">{B.footer_html(s, rng)}</footer></div></div>'
                '<script src="/core/misc/drupal.js"></script></body></html>')

    def article_block(self, ctx, p, date_txt, top_by, body, bottom_by, x, rng):
        a = p.art
        rel = x["related"].replace('class="other-news"', 'class="block-views-blockrelated-block-block-related-articles view-related-articles"')
        return (f'<article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title">'
                f'<span class="field field--name-title">{e(a.title)}</span></h1><div class="node__meta"><span class="post-created">'
                f'{e(date_txt)}</span> {x["views"]}</div>{top_by}<div class="node__content clearfix">'
                f'<div class="field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}{bottom_by}</div>'
                f'</div>{x["share"]}{x["prevnext"]}</article>{rel}{x["comments"]}')

    def pager_html(self, site, cat, page, npages, cls="pager__items js-pager__items"):
        lis = []
        for t, u in self.pager_links(site, cat, page, npages):
            t = {"Đầu tiên": "« Đầu", "Trước": "‹ Trước", "Tiếp": "Trang sau ›", "Cuối": "Cuối »"}.get(t, t)
            lis.append(f'<li class="pager__item is-active">{t}</li>' if u is None else f'<li class="pager__item"><a href="{e(u)}">{t}</a></li>')
        return f'<nav class="pager" role="navigation"><ul class="{cls}">{"".join(lis)}</ul></nav>'


# ----------------------------------------------------------------------------- WordPress-like
class WordPress(Renderer):
    cms = "wordpress"
    generator = "WordPress 6.4.3"

    def article_path(self, site: Site, p: Placed) -> str:
        return f"/{p.slug[:90].rstrip('-')}/"

    def listing_path(self, site: Site, cat: Category, page: int) -> str:
        base = f"/chuyen-muc/{cat.slug}/"
        return base if page == 1 else f"{base}page/{page}/"

    def static_path(self, site: Site, kind: str) -> str:
        return {"contact": "/lien-he/", "intro": "/gioi-thieu/", "docs": "/van-ban/", "login": "/wp-login.php",
                "search": "/"}[kind]

    def search_url(self, site, q):
        return f"/?s={quote_plus(q)}"

    def feed_path(self, site: Site) -> str | None:
        return "/feed/"

    def calendar_path(self, site, y, m):
        return f"/lich/{y}/{m:02d}/"

    def date_prefer(self, rng):
        return None

    def article_meta_head(self, ctx, p, rng, canonical):
        head, t = super().article_meta_head(ctx, p, rng, canonical)
        return head + f'<link rel="shortlink" href="{e(ctx.site.abs(f"/?p={p.num_id}"))}">', t

    def layout(self, ctx, title, main, head="", crumbs=None):
        rng = ctx.rng
        s = ctx.site
        return ('<!DOCTYPE html><html lang="vi">' +
                self.head(ctx, title, head + '<link rel="stylesheet" href="/wp-content/themes/govtheme/style.css">'
                          '<link rel="https://api.w.org/" href="/wp-json/">') +
                f'<body class="wp-theme-govtheme"><div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>'
                f'<header id="masthead" class="site-header"><div class="top-bar">{B.today_html(rng)} {B.a11y_html(rng)}</div>'
                f'<div class="site-branding"><img src="/wp-content/uploads/banner.jpg" alt="image banner"><p class="site-title">{e(s.name)}</p></div>'
                f'<nav id="site-navigation" class="main-navigation">{self.menu_html(ctx, "menu")}</nav></header>{B.marquee_html(s.name)}'
                f'<div id="content" class="site-content"><main id="primary" class="site-main">{self.crumbs_html(crumbs)}{main}</main>'
                f'<aside id="secondary" class="widget-area">{self.sidebar(ctx)}</aside></div>'
                f'<footer id="colophon" class="site-footer">{B.footer_html(s, rng)}</footer></div>'
                '<script src="/wp-includes/js/jquery/jquery.min.js"></script></body></html>')

    def article_block(self, ctx, p, date_txt, top_by, body, bottom_by, x, rng):
        a = p.art
        t = B.parse_when(a)
        iso = B.iso_local(a)
        author = (f'<span class="byline"> bởi <span class="author vcard"><span class="fn n">'
                  f'{e(a.author)}</span></span></span>') if a.author and rng.random() < 0.4 else ""
        return (f'<article id="post-{p.num_id}" class="post-{p.num_id} post type-post status-publish"><header class="entry-header">'
                f'<h1 class="entry-title">{e(a.title)}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
                f'datetime="{iso}">{t:%d/%m/%Y}</time></span>{author}</div></header>{top_by}'
                f'<div class="entry-content">{body}{bottom_by}</div><footer class="entry-footer">{x["tags"]}</footer>'
                f'{x["share"]}<nav class="navigation post-navigation">{x["prevnext"]}</nav></article>{x["related"]}'
                f'<div id="comments" class="comments-area">{x["comments"] or "<h2>Để lại bình luận</h2>"}</div>')

    def render_article(self, ctx, p, print_view=False):
        r = super().render_article(ctx, p, print_view)
        if r.gold and p.art.has_time:
            r.gold["published_at"] = B.gold_published(p.art, True)  # <time datetime> always carries the time
        return r

    def pager_html(self, site, cat, page, npages, cls="nav-links"):
        lis = []
        for t, u in self.pager_links(site, cat, page, npages):
            if t in ("Đầu tiên", "Cuối"):
                continue
            t = {"Trước": "« Trang trước", "Tiếp": "Trang sau »"}.get(t, t)
            lis.append(f'<span aria-current="page" class="page-numbers current">{t}</span>' if u is None
                       else f'<a class="page-numbers" href="{e(u)}">{t}</a>')
        return f'<nav class="navigation pagination"><div class="{cls}">{"".join(lis)}</div></nav>'


# ----------------------------------------------------------------------------- legacy table / ASP.NET
class Legacy(Renderer):
    """Old table-layout ASP.NET portals; two URL dialects seen on commune sites."""
    cms = "legacy-aspnet"
    generator = ""

    def _guid(self, p: Placed) -> str:
        h = f"{p.num_id:08x}{p.token}".ljust(32, "0")
        h = "".join(c if c in "0123456789abcdef" else format(ord(c) % 16, "x") for c in h.lower())[:32]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

    def article_path(self, site: Site, p: Placed) -> str:
        if site.opts.get("legacy_dialect") == "index":
            return f"/Index.aspx?I={p.num_id}&M={p.cat.num}&P=B02"
        return f"/?ArticleId={self._guid(p)}"

    def listing_path(self, site: Site, cat: Category, page: int) -> str:
        if site.opts.get("legacy_dialect") == "index":
            return f"/Index.aspx?M={cat.num}&P=B01" + (f"&trang={page}" if page > 1 else "")
        return f"/tin-tuc/{cat.slug}.html" if page == 1 else f"/tin-tuc/{cat.slug}/trang-{page}.html"

    def static_path(self, site: Site, kind: str) -> str:
        return {"contact": "/lien-he.html", "intro": "/gioi-thieu.html", "docs": "/van-ban.html", "login": "/admin/dang-nhap.aspx",
                "search": "/tim-kiem"}[kind]

    def date_prefer(self, rng):
        return rng.choice(["plain_seconds", "ngay_cap_nhat", None])

    def layout(self, ctx, title, main, head="", crumbs=None):
        rng = ctx.rng
        s = ctx.site
        menu = " | ".join(f'<a href="{e(u)}" class="menu">{e(t)}</a>' for u, t in self.menu_items(ctx))
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
                '<html xmlns="http://www.w3.org/1999/xhtml">' +
                self.head(ctx, title, head + '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">') +
                '<body><form name="aspnetForm" method="post" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKLTk2">'
                f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/images/banner.jpg" alt="image banner"></td></tr>'
                f'<tr><td colspan="2" class="menu-bar">{menu}</td></tr><tr><td colspan="2">{B.today_html(rng)} {B.a11y_html(rng)} {B.marquee_html(s.name)}</td></tr>'
                f'<tr><td width="230" valign="top" class="left-col">{self.sidebar(ctx)}</td><td valign="top" class="main-col">'
                f'{self.crumbs_html(crumbs)}{main}</td></tr><tr><td colspan="2" class="footer">{B.footer_html(s, rng)}</td></tr></table></form></body></html>')

    def article_block(self, ctx, p, date_txt, top_by, body, bottom_by, x, rng):
        a = p.art
        return (f'<table width="100%" class="news-detail"><tr><td class="cat-name">{e(p.cat.name.upper())}</td></tr>'
                f'<tr><td class="title_news"><span id="ctl00_ContentPlaceHolder1_lblTieuDe">{e(a.title)}</span></td></tr>'
                f'<tr><td class="date"><span id="ctl00_ContentPlaceHolder1_lblNgay">{e(date_txt)}</span> {x["views"]}</td></tr>'
                f'<tr><td><div id="ctl00_ContentPlaceHolder1_lblNoiDung" class="noidung">{top_by}{body}{bottom_by}</div></td></tr>'
                f'<tr><td>{x["print"]} {x["share"]}</td></tr><tr><td>{x["related"]}</td></tr><tr><td>{x["rating"]}{x["comments"]}</td></tr></table>')

    def pager_html(self, site, cat, page, npages, cls="paging"):
        links = []
        for n in range(1, npages + 1):
            links.append(f"<b>{n}</b>" if n == page else f'<a href="{e(self.listing_path(site, cat, n))}">{n}</a>')
        if page < npages:
            label = ["Trang sau", "Tiếp", "Xem thêm"][(cat.num + page) % 3]
            links.append(f'<a href="{e(self.listing_path(site, cat, page + 1))}">{label} »</a>')
        return f'<div class="{cls}">{" ".join(links)}</div>'


# ----------------------------------------------------------------------------- post-2025 commune platform
class Commune2025(Renderer):
    cms = "commune-2025"

    def home_path(self, site):
        return "/trang-chu"

    def article_path(self, site: Site, p: Placed) -> str:
        return f"/{p.cat.slug}/{p.slug[:90].rstrip('-')}-{p.num_id}"

    def listing_path(self, site: Site, cat: Category, page: int) -> str:
        return f"/{cat.slug}" if page == 1 else f"/{cat.slug}?page={page}"

    def static_path(self, site, kind):
        return {"contact": "/lien-he", "intro": "/gioi-thieu", "docs": "/van-ban", "login": "/dang-nhap",
                "search": "/tim-kiem"}[kind]

    def calendar_path(self, site, y, m):
        return f"/lich/{y}/{m:02d}"

    def date_prefer(self, rng):
        return rng.choice(["thu_comma", "thu_comma_time", None])

    def layout(self, ctx, title, main, head="", crumbs=None):
        rng = ctx.rng
        s = ctx.site
        return ('<!DOCTYPE html><html lang="vi">' + self.head(ctx, title, head + '<link rel="stylesheet" href="/assets/portal/app.css">') +
                f'<body><div id="app"><div class="top-header">{B.today_html(rng)} {B.a11y_html(rng)} <a href="{e(self.static_path(s, "login"))}">ĐĂNG NHẬP</a></div>'
                f'<div class="banner"><img src="/assets/portal/banner.png" alt="image banner"><h1 class="unit">{e(s.name.upper())}</h1></div>'
                f'<nav class="main-menu">{self.menu_html(ctx, "menu-list")}</nav>{B.marquee_html(s.name)}'
                f'<div class="container"><div class="main-content">{self.crumbs_html(crumbs)}{main}</div>'
                f'<div class="right-content">{self.sidebar(ctx)}</div></div>'
                f'<footer class="footer">{B.footer_html(s, rng)}</footer></div><script src="/assets/portal/app.js"></script></body></html>')

    def article_block(self, ctx, p, date_txt, top_by, body, bottom_by, x, rng):
        a = p.art
        return (f'<div class="article-detail"><div class="article-meta"><span class="article-date">{e(date_txt)}</span>{x["views"]}</div>'
                f'<h1 class="article-title">{e(a.title)}</h1>{top_by}<div class="article-sapo">{e(a.lead)}</div>'
                f'<div class="article-content">{body}</div><div class="article-author">{bottom_by}</div>{x["share"]}{x["print"]}'
                f'{x["tags"]}</div>{x["related"]}{x["prevnext"]}{x["comments"]}')

    lead_inside = False


FAMILIES: dict[str, Renderer] = {r.cms: r for r in (TanDan(), Liferay62(), Liferay7(), NukeViet(), Drupal(), WordPress(),
                                                      Legacy(), Commune2025())}
