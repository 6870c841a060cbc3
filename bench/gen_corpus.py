#!/usr/bin/env python3
"""Write a WordPress-like RSS 2.0 corpus for the ddm-reader benchmarks.

    bench/gen_corpus.py --feeds 100 --articles 100 --out bench-out/corpus-100x100

Writes feed-000.xml ... feed-NNN.xml into --out: each a WordPress 6 RSS 2.0 feed
(content, wfw, dc, atom, sy, slash and media namespaces) whose items carry a title,
link, comments link, dc:creator, a distinct pubDate within the 30 days before --now,
1-4 CDATA categories, a non-permalink guid https://example.test/?p=N (unique across the
whole corpus), an excerpt in description, and content:encoded holding 600-1,200 words of
English-like prose in <p> paragraphs with <h2>, <blockquote>, <ul><li>, <a href>,
<strong>/<em> and a wp-block-image <figure><img src alt>, plus media:content.

The text is drawn from a vocabulary of ~600 common English words and ~3,000 generated
syllable words with a Zipf-like frequency, so it neither compresses trivially nor gives
FTS a toy vocabulary. Output depends only on the arguments (--seed, --now): the same
arguments give the same bytes. Prints the total number of bytes written.
Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import os
import random
import sys
import time
from email.utils import format_datetime
from datetime import datetime, timezone

COMMON = """
the of and to a in is it you that he was for on are with as his they be at one have this
from or had by word but what some we can out other were all there when up use your how
said an each she which do their time if will way about many then them write would like so
these her long make thing see him two has look more day could go come did number sound no
most people my over know water than call first who may down side been now find any new
work part take get place made live where after back little only round man year came show
every good me give our under name very through just form sentence great think say help
low line differ turn cause much mean before move right boy old too same tell does set three
want air well also play small end put home read hand port large spell add even land here
must big high such follow act why ask men change went light kind off need house picture try
us again animal point mother world near build self earth father head stand own page should
country found answer school grow study still learn plant cover food sun four between state
keep eye never last let thought city tree cross farm hard start might story saw far sea
draw left late run while press close night real life few north open seem together next
white children begin got walk example ease paper group always music those both mark often
letter until mile river car feet care second book carry took science eat room friend began
idea fish mountain stop once base hear horse cut sure watch color face wood main enough
plain girl usual young ready above ever red list though feel talk bird soon body dog family
direct pose leave song measure door product black short numeral class wind question happen
complete ship area half rock order fire south problem piece told knew pass since top whole
king space heard best hour better true during hundred five remember step early hold west
ground interest reach fast verb sing listen six table travel less morning ten simple
several vowel toward war lay against pattern slow center love person money serve appear
road map rain rule govern pull cold notice voice unit power town fine certain fly fall lead
cry dark machine note wait plan figure star box noun field rest correct able pound done
beauty drive stood contain front teach week final gave green quick develop ocean warm free
minute strong special mind behind clear tail produce fact street inch multiply nothing
course stay wheel full force blue object decide surface deep moon island foot system busy
test record boat common gold possible plane stead dry wonder laugh thousand ago ran check
game shape equate miss brought heat snow tire bring yes distant fill east paint language
among government minister president parliament election minister ministry talks peace
diaspora community border refugees economy currency inflation budget opposition coalition
court ruling lawyer journalist newsroom report witness protest march police army ceasefire
delegation summit treaty sanctions embassy consulate visa migration remittances harvest
drought flood vaccine hospital clinic teacher university students exam scholarship market
traders farmers fuel prices electricity internet mobile network bank loan investment
company workers strike union salary pension tax reform constitution referendum senate
governor mayor council district province region capital village diaspora festival
football league match coach stadium music album artist film director award church mosque
leaders elders youth women children families return homeland abroad statement spokesman
officials sources according interview announced confirmed denied warned urged pledged
""".split()

# Syllables for generated words: onset + nucleus (+ coda), English-looking.
ONSETS = "b bl br c ch cl cr d dr f fl fr g gl gr h j k kl l m n p pl pr qu r s sc sh sk sl sm sn sp st str t th tr v w wh z".split()
NUCLEI = "a e i o u ai au ea ee ei ie oa oo ou ui y".split()
CODAS = ["", "", "", "", "", "", "b", "ck", "d", "ft", "g", "l", "ld", "lt", "m", "mp", "n", "nd", "ng", "nk", "nt", "p", "r", "rd", "rk", "rn", "s", "sh", "st", "t", "th", "x"]
SUFFIXES = ["", "", "", "", "ing", "ed", "er", "ly", "tion", "ment", "ness", "ist", "ous", "al", "ive"]

FIRST = "Amara Kwame Fatima Chidi Ngozi Tunde Aisha Yusuf Leila Omar Sipho Thandiwe Kofi Abena Zainab Ibrahim Mariam Samuel Grace Daniel Ruth David Esther Joseph Hannah Peter Miriam".split()
LAST = "Okafor Mensah Diallo Abebe Kamau Banda Traore Osei Nwosu Haile Moyo Ndlovu Sesay Kone Bello Adeyemi Tesfaye Mutua Achieng Jallow Camara Sow Ouedraogo Mbeki".split()
CATEGORIES = "News Politics World Africa Europe Diaspora Business Economy Sport Culture Opinion Health Education Technology Community Analysis Interviews Migration Elections Features".split()


def make_vocab(rng: random.Random, n_generated: int) -> list[str]:
    seen = set(COMMON)
    words = list(dict.fromkeys(COMMON))
    generated = []
    while len(generated) < n_generated:
        syl = rng.choice((1, 2, 2, 2, 2, 3, 3))
        w = "".join(rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS) for _ in range(syl))
        w += rng.choice(SUFFIXES)
        if 3 <= len(w) <= 13 and w not in seen:
            seen.add(w)
            generated.append(w)
    # Interleave so frequency rank mixes common and generated words, roughly like real
    # text: function words at the top, then a long tail of content words.
    head = words[:120]
    tail = words[120:] + generated
    rng.shuffle(tail)
    return head + tail


def zipf_cum_weights(n: int, s: float = 1.0, q: float = 2.7) -> list[float]:
    """Zipf-Mandelbrot weights 1/(r+q)^s: a realistic head ("the" ~7%) and long tail."""
    acc = 0.0
    out = []
    for r in range(1, n + 1):
        acc += 1.0 / ((r + q) ** s)
        out.append(acc)
    return out


class Prose:
    def __init__(self, rng: random.Random, vocab: list[str]):
        self.rng = rng
        self.vocab = vocab
        self.cw = zipf_cum_weights(len(vocab))
        self.total = self.cw[-1]

    def words(self, k: int) -> list[str]:
        # random.choices with cum_weights; bisect-based, fast for bulk draws.
        rnd = self.rng.random
        cw, total, vocab = self.cw, self.total, self.vocab
        return [vocab[bisect.bisect(cw, rnd() * total)] for _ in range(k)]

    def sentence(self, words: list[str]) -> str:
        s = " ".join(words)
        if len(words) > 9 and self.rng.random() < 0.35:
            cut = s.find(" ", len(s) // 2)
            if cut > 0:
                s = s[:cut] + "," + s[cut:]
        return s[0].upper() + s[1:] + self.rng.choice(".....?!")

    def title(self) -> str:
        ws = self.words(self.rng.randint(5, 11))
        ws = [w.capitalize() if (i == 0 or len(w) > 3) else w for i, w in enumerate(ws)]
        t = " ".join(ws)
        if self.rng.random() < 0.2:
            t = t.replace(" ", "&#8217;s ", 1)  # WordPress-style curly apostrophe entity
        return t


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def article_html(p: Prose, rng: random.Random, post_id: int, feed_host: str) -> tuple[str, str, str, int]:
    """Returns (content_html, excerpt, image_url, word_count)."""
    target = rng.randint(600, 1200)
    pool = p.words(target)
    pos = 0
    blocks: list[str] = []
    img = f"https://example.test/wp-content/uploads/2025/11/photo-{post_id}-1024x683.jpg"
    img_alt = " ".join(p.words(rng.randint(3, 8))).capitalize()
    first_par = ""
    n_par = 0
    while pos < target:
        n_par += 1
        kind = rng.random()
        if n_par == 2:
            blocks.append(
                f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
                f'src="{img}" alt="{img_alt}" class="wp-image-{post_id + 7}" /></figure>'
            )
        if n_par > 2 and kind < 0.10:
            k = min(rng.randint(3, 8), target - pos)
            blocks.append(f'<h2 class="wp-block-heading">{" ".join(pool[pos:pos + k]).capitalize()}</h2>')
            pos += k
            continue
        if n_par > 2 and kind < 0.17:
            items = []
            for _ in range(rng.randint(3, 5)):
                k = min(rng.randint(4, 12), target - pos)
                if k <= 0:
                    break
                items.append(f"<li>{p.sentence(pool[pos:pos + k])}</li>")
                pos += k
            if items:
                blocks.append('<ul class="wp-block-list">\n' + "\n".join(items) + "\n</ul>")
            continue
        if n_par > 2 and kind < 0.23:
            k = min(rng.randint(15, 35), target - pos)
            if k > 0:
                who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                blocks.append(
                    f'<blockquote class="wp-block-quote"><p>&#8220;{p.sentence(pool[pos:pos + k])}&#8221;</p>'
                    f"<cite>{who}</cite></blockquote>"
                )
                pos += k
            continue
        sentences = []
        for _ in range(rng.randint(3, 7)):
            k = min(rng.randint(8, 24), target - pos)
            if k <= 0:
                break
            sentences.append(p.sentence(pool[pos:pos + k]))
            pos += k
        text = " ".join(sentences)
        # Inline markup: a link, strong and em, as editors add them.
        r = rng.random()
        if r < 0.30:
            ws = text.split(" ")
            if len(ws) > 6:
                i = rng.randrange(0, len(ws) - 3)
                ws[i] = f'<a href="https://{feed_host}/{ws[i].strip(".,?!").lower()}-{post_id}/">{ws[i]}'
                ws[i + 2] = ws[i + 2] + "</a>"
                text = " ".join(ws)
        elif r < 0.50:
            ws = text.split(" ")
            if len(ws) > 4:
                i = rng.randrange(0, len(ws) - 2)
                tag = rng.choice(("strong", "em"))
                ws[i] = f"<{tag}>{ws[i]}"
                ws[i + 1] = ws[i + 1] + f"</{tag}>"
                text = " ".join(ws)
        if not first_par:
            first_par = " ".join(sentences)
        blocks.append(f"<p>{text}</p>")
    excerpt_words = first_par.split(" ")[:55]
    excerpt = " ".join(excerpt_words) + " [&#8230;]"
    return "\n\n".join(blocks), excerpt, img, target


def slugify(title: str) -> str:
    out = []
    for ch in title.lower().replace("&#8217;", ""):
        out.append(ch if ch.isalnum() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")[:80]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feeds", type=int, default=100)
    ap.add_argument("--articles", type=int, default=100, help="articles per feed")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument(
        "--now",
        type=int,
        default=None,
        help="reference time (Unix seconds); pubDates fall in the 30 days before it. "
        "Default: today 00:00 UTC, so the corpus is the same all day.",
    )
    ap.add_argument("--vocab", type=int, default=3000, help="generated words added to the common words")
    args = ap.parse_args()

    now = args.now if args.now is not None else (int(time.time()) // 86400) * 86400
    rng = random.Random(args.seed)
    vocab = make_vocab(rng, args.vocab)
    prose = Prose(rng, vocab)

    total_articles = args.feeds * args.articles
    window = 30 * 86400
    if total_articles > window:
        sys.exit("more articles than seconds in 30 days: pubDates could not be distinct")
    # Distinct publication seconds across the whole corpus.
    offsets = rng.sample(range(1, window), total_articles)

    os.makedirs(args.out, exist_ok=True)
    total_bytes = 0
    total_words = 0
    wp_version = "6.4.3"
    for f in range(args.feeds):
        host = f"feed{f:03d}.example.test"
        name = f"feed-{f:03d}"
        ftitle = f"{rng.choice(('The', 'Daily', 'Diaspora', 'Voice of', 'Morning'))} {prose.title()}"
        items_meta = []
        for a in range(args.articles):
            g = f * args.articles + a
            items_meta.append((now - offsets[g], g + 1001))
        items_meta.sort(reverse=True)  # WordPress lists newest first
        last_build = items_meta[0][0]
        parts = [
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n'
            '\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
            '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n'
            '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n'
            '\txmlns:media="http://search.yahoo.com/mrss/"\n'
            "\t>\n\n<channel>\n"
            f"\t<title>{ftitle}</title>\n"
            f'\t<atom:link href="https://{host}/feed/" rel="self" type="application/rss+xml" />\n'
            f"\t<link>https://{host}</link>\n"
            f"\t<description>{esc(prose.sentence(prose.words(rng.randint(6, 14))))}</description>\n"
            f"\t<lastBuildDate>{format_datetime(datetime.fromtimestamp(last_build, timezone.utc))}</lastBuildDate>\n"
            "\t<language>en-US</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n"
            "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            f"\t<generator>https://wordpress.org/?v={wp_version}</generator>\n\n"
            "<image>\n"
            f"\t<url>https://{host}/wp-content/uploads/2024/01/cropped-icon-32x32.png</url>\n"
            f"\t<title>{ftitle}</title>\n"
            f"\t<link>https://{host}</link>\n"
            "\t<width>32</width>\n\t<height>32</height>\n"
            "</image> \n"
        ]
        for ts, post_id in items_meta:
            title = prose.title()
            slug = slugify(title)
            link = f"https://{host}/{slug}/"
            author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            cats = rng.sample(CATEGORIES, rng.randint(1, 4))
            content, excerpt, img, nwords = article_html(prose, rng, post_id, host)
            total_words += nwords
            pub = format_datetime(datetime.fromtimestamp(ts, timezone.utc))
            cat_xml = "".join(f"\t\t<category><![CDATA[{c}]]></category>\n" for c in cats)
            ncomments = rng.choice((0, 0, 0, 1, 2, 3, 5, 12))
            parts.append(
                "\t<item>\n"
                f"\t\t<title>{title}</title>\n"
                f"\t\t<link>{link}</link>\n"
                f"\t\t<comments>{link}#respond</comments>\n"
                f"\t\t<dc:creator><![CDATA[{author}]]></dc:creator>\n"
                f"\t\t<pubDate>{pub}</pubDate>\n"
                f"{cat_xml}"
                f'\t\t<guid isPermaLink="false">https://example.test/?p={post_id}</guid>\n\n'
                f"\t\t<description><![CDATA[{excerpt}]]></description>\n"
                f"\t\t<content:encoded><![CDATA[{content}]]></content:encoded>\n"
                f"\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>\n"
                f"\t\t<slash:comments>{ncomments}</slash:comments>\n"
                f'\t\t<media:content url="{img}" medium="image">\n'
                f'\t\t\t<media:title type="html">{esc(title)}</media:title>\n'
                "\t\t</media:content>\n"
                "\t</item>\n"
            )
        parts.append("\t</channel>\n</rss>\n")
        data = "".join(parts).encode("utf-8")
        path = os.path.join(args.out, f"{name}.xml")
        with open(path, "wb") as fh:
            fh.write(data)
        # A fixed mtime (the last build date) keeps Last-Modified deterministic too.
        os.utime(path, (last_build, last_build))
        total_bytes += len(data)

    print(
        f"wrote {args.feeds} feeds x {args.articles} articles = {total_articles} articles, "
        f"{total_words} words, {total_bytes} bytes to {args.out}"
    )
    print(f"total bytes: {total_bytes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
