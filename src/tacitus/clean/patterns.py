"""Every boilerplate pattern of the cleaner, as named, compiled constants.

A line-level pattern is matched against one stripped line (a paragraph candidate) with
``fullmatch`` or ``match``; keep them anchored so a body sentence that merely mentions
"share" or "subscribe" survives. Add a site's boilerplate here, not in the cleaning code.
"""

from __future__ import annotations

import re

# --- characters ---------------------------------------------------------------------------

#: Invisible characters scraped pages carry: zero-width spaces and joiners, soft hyphens, BOMs.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")
#: Horizontal whitespace variants (no-break, thin, ideographic spaces, tabs) become one space.
ODD_SPACE = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
#: Unicode line and paragraph separators, NEL, vertical tab and form feed read as newlines.
LINE_SEPARATOR = re.compile("[\u2028\u2029\x85\x0b\x0c]")
#: Control characters other than tab and newline.
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
SPACES = re.compile(r" {2,}")

# --- header: crumbs, bylines, date lines ----------------------------------------------------

#: Navigation crumbs: "Home / Latest Updates / Title", "Home » World » Asia", "News > Asia".
CRUMB = re.compile(
    r"(?i)(?:home|homepage|main page|news|start)\s*(?:/|»|›|>|\||::)\s*\S.*",
)
CRUMB_SEPARATOR = re.compile(r"\s+(?:/|»|›|>|\||::)\s+")

#: Byline lines: "By Jane Roe", "By Jane Roe and John Doe | Reuters", "Written by ...".
BYLINE_BY = re.compile(
    r"(?i:by|written by|reported by|posted by|story by)\s+"
    r"(?P<name>[^\W\d_][\w.'’\-]*(?:\s+(?!(?i:on|at|in|updated|published)\b)"
    r"[^\W\d_][\w.'’\-]*){0,5})"
    r"(?:\s*(?:[|,–—-]|\b(?i:on|at|in|updated|published)\b).*)?",
)
#: Byline names that say nothing about the author (CMS defaults).
GENERIC_AUTHORS = frozenset({"admin", "administrator", "editor", "webmaster", "user", "guest"})
#: Desk and agency bylines: "AT News", "Staff Report", "Monitoring Desk", "Web Desk", "Reuters".
BYLINE_DESK = re.compile(
    r"(?:[A-Z][A-Za-z]{0,3}\s+)?(?:News|Report|Desk|News Desk|Web Desk|Monitoring Desk|"
    r"Staff Report|Staff Reporter|Our Correspondent|Correspondent|Newsroom|News Service)"
    r"|(?:[A-Z][\w&.]*\s+){1,3}(?:Desk|Report|Reporter|Correspondent|Newsroom|Staff)"
    r"|(?:Reuters|AFP|AP|APP|Xinhua|PTI|IANS|Anadolu Agency|dpa|Agencies|Pajhwok|TOLOnews)",
)
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
#: A header line that is only a date (optionally "Published:"/"Updated:" and a time).
DATE_LINE = re.compile(
    r"(?i)(?:(?:published|updated|posted|last updated|date)\s*(?:on)?\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>" + MONTHS + r")\.?,?\s+(?P<y1>\d{4})"
    r"|(?P<m2>" + MONTHS + r")\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
    r"(?:[\sT,|-]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}|Z)?)?",
)
#: A header line that is a relative time stamp: "3 hours ago", "Updated 2 days ago".
RELATIVE_DATE_LINE = re.compile(
    r"(?i)(?:updated\s+|posted\s+)?\d{1,3}\s+(?:minute|hour|day|week|month)s?\s+ago"
)

# --- footer: cut everything from here on -----------------------------------------------------

#: A line after which the rest of the page is boilerplate (author box, teasers, comments).
FOOTER_START = re.compile(
    r"(?:About\s+(?:the\s+[Aa]uthor|[^\W\d_][\w.'’-]*|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2})"
    r"|(?i:check also|related(?:\s+(?:posts?|articles?|news|stories|content|coverage))?"
    r"|you (?:may|might) (?:also )?(?:like|be interested in)|more (?:from|in|stories|news)"
    r"(?: [\w ]{1,30})?|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?"
    r"|leave a (?:reply|comment)|post a comment"
    r"|\d*\s*comments?|comments? (?:are )?closed|please enter your (?:comment|name)(?: here)?"
    r"|post navigation|previous (?:article|post|story)|next (?:article|post|story)"
    r"|share this(?: article| story| post)?|tags?:.*|filed under:?.*|categories:.*))"
    r"\s*[:!]?",
)

# --- lines dropped wherever they are --------------------------------------------------------

#: Share, follow and subscribe lines, ads, comment-form prompts, photo credits.
DROP_LINE = re.compile(
    r"(?i)(?:share(?:\s+(?:this|on|via|article|story|post)\b.{0,60})?"
    r"|(?:facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|email|e-mail|print"
    r"|copy link|tweet)(?:\s*[|,·•/]?\s*(?:facebook|twitter|x|linkedin|whatsapp|telegram"
    r"|pinterest|reddit|email|e-mail|print|copy link|tweet))*"
    r"|(?:subscribe|sign up|follow us|join us|like us|download our app)\b.{0,120}"
    r"|click (?:here|to)\b.{0,120}|(?:read|watch) the full (?:story|article)\b.{0,120}"
    r"|spread the love|print friendly.{0,40}|the post .{1,200} appeared first on .{1,80}"
    r"|follow \S+(?: \S+)? on (?:twitter|facebook|instagram|telegram|whatsapp|x)\b.{0,60}"
    r"|advertisement|sponsored(?: content)?|scroll to continue.{0,40}"
    r"|please enter your (?:comment|name|email)(?: address)?(?: here)?!?"
    r"|you have entered an incorrect email address!?|save my name, email.{0,120}"
    r"|(?:photo|file photo|image|picture|credit)s?\s*(?::|/|–|—|-).{0,120}"
    r"|all rights reserved.{0,80}|©.{0,120}|copyright\b.{0,120}"
    r"|\(?(?:with inputs from|source:?)\s+(?:agencies|wires|news agencies)\)?"
    r"|\(?(?:(?:additional )?reporting|writing|editing|compiled|edited) by\b.{0,160}"
    r"|our standards:.{0,80}|last (?:modified|updated) (?:on )?.{0,60}"
    r"|\(?this story has not been edited.{0,200}"
    r"|home|menu|main menu|search|log ?in|sign in|register|skip to (?:main )?content"
    r"|toggle navigation|latest(?: updates| news)?|top stories|breaking news|trending)"
    r"\s*[.!]?",
)
#: A teaser inside the body: "Also read: Other story", or the label alone on its line with
#: the teaser's title on the next (which is dropped too when it looks like a heading).
TEASER_LABEL = re.compile(
    r"(?i:also read|read also|read more|see also|read next|also see|also watch|watch)"
    r"\s*(?:[:|»>-]\s*(?P<rest>.{0,200}))?",
)
#: A line that is only an agency credit: "Agencies", "(Reuters)", "– AFP", "...APP".
AGENCY_LINE = re.compile(
    r"(?:[(\[]|…|\.{2,}|[-–—]+)?\s*(?:Agencies|AFP|Reuters|AP|APP|Xinhua|PTI|IANS|Anadolu"
    r"|dpa|Staff Report|Web Desk|News Desk|Monitoring Desk|Online Desk)\s*[)\]]?\s*[.]?",
)
#: An agency credit at the end of a paragraph: "... truce. …Agencies", "talks. — Reuters".
AGENCY_TAIL = re.compile(
    r"(?<=[.!?\"”’)])\s*(?:…|\.{2,}|[-–—]+|\()\s*(?:Agencies|AFP|Reuters|AP|APP|Xinhua|PTI"
    r"|IANS|Anadolu|dpa|Staff Report|Web Desk|News Desk|Monitoring Desk|Online Desk)"
    r"\s*\)?\s*$",
)

# --- body -------------------------------------------------------------------------------------

#: A sentence end: terminal punctuation, maybe inside a closing quote or bracket.
SENTENCE_END = re.compile(r"[.!?…。！？]")
#: A line that ends like a sentence (so it is prose, not a heading).
ENDS_LIKE_SENTENCE = re.compile(r"[.!?…:;]['\"”’)\]]*$")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

AGENCIES = "AFP|Reuters|AP|APP|Xinhua|PTI|IANS|dpa|Anadolu|Pajhwok|UNI|ANI|Bernama"
#: The dateline at the start of the first body paragraph: "KABUL:", "NEW YORK, June 3 (AP) —",
#: "Kabul (Reuters) -". Mixed-case places need a date or an agency before the separator.
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+){0,3})"
    r"(?:,\s*(?:[A-Z][A-Za-z.]+\s+\d{1,2}|[A-Z][A-Za-z]+))?"
    r"(?:\s*\([A-Za-z .]{2,20}\))?(?::|\s*[—–]|\s+-{1,2})\s*(?=\S)"
    r"|(?P<place2>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
    r"(?:(?:,\s*[A-Z][a-z]+)?\s*\((?:" + AGENCIES + r")\)"
    r"|,\s*(?:" + MONTHS + r")\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\((?:" + AGENCIES + r")\))?)"
    r"(?::|\s*[—–]|\s+-{1,2})\s*(?=\S)",
)
#: All-caps words that open a paragraph like a dateline but are labels, not places.
NOT_DATELINE = frozenset(
    {
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "BREAKING NEWS",
        "EXCLUSIVE",
        "WATCH",
        "VIDEO",
        "PHOTO",
        "PHOTOS",
        "NOTE",
        "EDITOR'S NOTE",
        "EDITORS NOTE",
        "CORRECTION",
        "OPINION",
        "ANALYSIS",
        "LIVE",
        "READ",
        "ALSO READ",
        "Q",
        "A",
        "AT",
        "UN",
        "US",
        "UK",
        "EU",
    }
)
#: A site name after the title in an HTML <title>: "Title | Site", "Title - Site".
TITLE_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
