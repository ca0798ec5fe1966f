"""The brand and product catalog operators edit (``data/catalog.yaml``), compiled for lookups.

Matching is by exact handle, hashtag or alias phrase over lower-case tokens: a dict
lookup per token n-gram, no regex, so a catalog of thousands of aliases stays O(tokens).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class CatalogError(ValueError):
    """The catalog file is invalid; the message names the brand or field."""


HELP_KINDS = ("help_article", "status_page", "forum_thread")


@dataclass(frozen=True, slots=True)
class HelpLink:
    kind: str  # help_article | status_page | forum_thread
    url: str


@dataclass(frozen=True, slots=True)
class Brand:
    id: str
    name: str
    handles: tuple[str, ...]
    self_service_url: str | None = None
    forum_url: str | None = None
    status_url: str | None = None
    # complaint category (or "question") -> the help article or forum thread for it
    help_links: dict[str, HelpLink] = field(default_factory=dict)
    public_channels: frozenset[str] | None = None  # where agents may reply publicly (None: the default)

    def help_link(self, category: str | None, intent: str | None = None) -> HelpLink | None:
        """The best help link for a case of this brand: the category's own article or forum
        thread, the status page for an outage, the forum for a how-to, else the help centre."""
        if category and category in self.help_links:
            return self.help_links[category]
        if category == "outage" and self.status_url:
            return HelpLink("status_page", self.status_url)
        if intent == "question" and "question" in self.help_links:
            return self.help_links["question"]
        if self.self_service_url:
            return HelpLink("help_article", self.self_service_url)
        if self.forum_url:
            return HelpLink("forum_thread", self.forum_url)
        return None


@dataclass(frozen=True, slots=True)
class Catalog:
    brands: dict[str, Brand]
    by_handle: dict[str, str]  # lower-case handle without "@" -> brand id
    by_phrase: dict[tuple[str, ...], tuple[str, str | None]]  # alias tokens -> (brand id, product id)
    max_phrase: int = 1
    brand_names: dict[str, str] = field(default_factory=dict)  # lower-case brand name/id -> brand id
    phrase_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first word -> alias lengths
    # Aliases that name the brand only with context ("Nimbus": a broom, a cloud, a brand): alias
    # tokens -> brand id. Context: a brand handle, a product alias, or one of ``context_words``.
    ambiguous: dict[tuple[str, ...], str] = field(default_factory=dict)
    context_words: dict[str, frozenset[str]] = field(default_factory=dict)  # brand id -> words
    # Product aliases that contain the brand's own name ("My Nimbus app", "Lark Rewards") name it.
    naming_products: frozenset[tuple[str, ...]] = frozenset()
    default_public_channels: frozenset[str] = frozenset({"twitter", "facebook", "instagram", "youtube"})
    # Names that are ordinary words in some languages ("parcelo": "I divide into plots" in
    # Spanish, "I pay in instalments" in Portuguese): language -> alias tokens. In a text of that
    # language they count only with context, as an ambiguous alias does.
    homonyms: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    # Hashtags the catalog lists as aliases ("#SkyLark", "#nimbusdown"), lower case, without "#":
    # such a tag names the brand; a hashtag of an ambiguous name it does not list ("#nimbus")
    # needs context like the bare name.
    listed_hashtags: frozenset[str] = frozenset()
    # Words that make an ambiguous name mean its other sense ("skylark" the bird: "bird",
    # "singing", "#birdwatching", "allodola"): brand id -> words. Beside one of them, the name (or
    # its listed hashtag) counts only with the brand's handle.
    other_senses: dict[str, frozenset[str]] = field(default_factory=dict)

    def replies_in_public(self, brand: str | None, channel: str) -> bool:
        """Whether agents answer this brand's mentions on ``channel`` in public (catalog
        ``public_channels``); elsewhere they answer in private (DM, e-mail)."""
        entry = self.brands.get(brand) if brand else None
        channels = entry.public_channels if entry is not None and entry.public_channels is not None else None
        return channel in (channels if channels is not None else self.default_public_channels)

    def is_own_handle(self, handle: str) -> str | None:
        """The brand whose own account ``handle`` is (catalog ``handles``), or None."""
        return self.by_handle.get(handle.lower().lstrip("@"))

    def match(
        self, tokens: Sequence[str], handles: Sequence[str], hashtags: Sequence[str], language: str = "und"
    ) -> tuple[list[str], list[str], list[str], list[str]]:
        """Brands named, products, brands only implied by a product, and brands named only by
        an ambiguous name without its context ("nimbus clouds"), each in order of first
        appearance.

        A product alias is weak evidence of a brand: "flight" or "signal" names no airline or
        carrier, so a tweet to @VirginAmerica about a flight is not SkyLark's. Implied brands
        are kept apart and used only when nothing names a brand."""
        brands: list[str] = []
        products: list[str] = []
        implied: list[str] = []
        for handle in handles:
            brand = self.by_handle.get(handle.lower())
            if brand and brand not in brands:
                brands.append(brand)
        weak: list[str] = []
        near: list[str] = []  # the words around an ambiguous name: where its context must be
        homonyms = self.homonyms.get(language, _NO_PHRASES) if self.homonyms else _NO_PHRASES
        senses = self.other_senses
        for tag in hashtags:
            key = (tag.lower(),)
            hit = self.by_phrase.get(key)
            if hit:
                other_sense = hit[1] is None and hit[0] in senses and self._other_sense(hit[0], tokens, hashtags)
                if ((key in self.ambiguous or key in homonyms) and key[0] not in self.listed_hashtags) or other_sense:
                    if hit[0] not in weak:  # "#nimbus": as ambiguous as "nimbus"
                        weak.append(hit[0])
                else:
                    _add(hit, brands, products, implied)
        starts = self.phrase_lengths
        if starts.keys().isdisjoint(tokens):  # a text naming no alias skips the loop (C-level test)
            if not weak:
                return brands, products, implied, []
            return self._confirm(weak, tokens, brands, products, implied, tokens, hashtags)
        n = len(tokens)
        # Only tokens that begin some alias are looked at: one dict probe per token.
        for i, sizes in enumerate(map(starts.get, tokens)):
            for size in sizes or ():
                if i + size <= n:
                    phrase = tuple(tokens[i : i + size])
                    hit = self.by_phrase.get(phrase)
                    if hit:
                        if phrase in self.ambiguous or phrase in homonyms:
                            if hit[0] not in weak:
                                weak.append(hit[0])
                            # A homonym is another language's word: the whole text is its context.
                            near.extend(
                                tokens[max(0, i - _CONTEXT_WINDOW) : i + size + _CONTEXT_WINDOW]
                                if phrase in self.ambiguous
                                else tokens
                            )
                        elif phrase in self.naming_products:
                            _add(hit, brands, products, implied)
                            if hit[0] not in brands:
                                brands.append(hit[0])
                        else:
                            _add(hit, brands, products, implied)
                        break
        # A name seen only as a hashtag has the whole text as its context.
        return self._confirm(weak, near or tokens, brands, products, implied, tokens, hashtags)

    def _other_sense(self, brand: str, tokens: Sequence[str], hashtags: Sequence[str]) -> bool:
        senses = self.other_senses.get(brand, _NONE)
        return not senses.isdisjoint(tokens) or not senses.isdisjoint(tag.lower() for tag in hashtags)

    def _confirm(
        self,
        weak: list[str],
        tokens: Sequence[str],
        brands: list[str],
        products: list[str],
        implied: list[str],
        text: Sequence[str] = (),
        hashtags: Sequence[str] = (),
    ) -> tuple[list[str], list[str], list[str], list[str]]:
        """``match``'s result once each brand named only ambiguously has met its context or not
        (``text``, ``hashtags``: the whole mention's, where the name's other sense is looked for)."""
        unconfirmed: list[str] = []
        for brand in weak:
            # An ambiguous name counts only with context: the brand's handle, product or words;
            # never beside its other sense ("skylark singing over the moor at the gate").
            if brand in brands:
                continue
            if brand in self.other_senses and self._other_sense(brand, text, hashtags):
                if brand not in unconfirmed:
                    unconfirmed.append(brand)
                continue
            if brand in implied or _has_context(self.context_words.get(brand, _NONE), tokens):
                brands.append(brand)
            elif brand not in unconfirmed:
                # Without context it is unconfirmed: no case of its own, but dedup may still
                # join it to the author's open case with the brand ("Update: SkyLark sorted it").
                unconfirmed.append(brand)
        if implied:
            implied = [brand for brand in implied if brand not in brands]
        return brands, products, implied, unconfirmed

    def resolve_brand(self, value: str | None) -> str | None:
        """A brand given by the platform or producer (id, name or handle) to its catalog id."""
        if not value:
            return None
        key = value.lower().lstrip("@")
        return self.brand_names.get(key) or self.by_handle.get(key)


# Context words count only this close to the ambiguous name: "put it down" nine words after "Nimbus
# 2000 replica" says nothing about the carrier; "Nimbus down again" does.
_CONTEXT_WINDOW = 8


# Context words in an idiom say nothing of the brand: "hands down the best skin", "batten down the
# hatches", "upside down", "tracked down the Nimbus 2000" (no network is down). Context word -> the
# words before it that make it one.
_IDIOMATIC_CONTEXT: dict[str, frozenset[str]] = {
    "down": frozenset(
        ("hands", "batten", "upside", "calm", "settle", "hunker", "sit", "lie", "touch", "tracked", "track", "hunted")
    ),
    # French "mon chat" is a cat, not the support chat ("Mon chat Nimbus a renversé son bol")
    "chat": frozenset(("mon", "ton", "son", "notre", "votre", "leur", "le", "un", "ce")),
}


def _has_context(context: frozenset[str], tokens: Sequence[str]) -> bool:
    """A ``context`` word among ``tokens`` that is not part of an idiom."""
    found = context.intersection(tokens)
    if not found:
        return False
    if found.isdisjoint(_IDIOMATIC_CONTEXT):
        return True
    for i, tok in enumerate(tokens):
        if tok in found and not (i and tokens[i - 1] in _IDIOMATIC_CONTEXT.get(tok, _NONE)):
            return True
    return False


def _add(hit: tuple[str, str | None], brands: list[str], products: list[str], implied: list[str]) -> None:
    brand, product = hit
    if product is None:
        if brand not in brands:
            brands.append(brand)
    else:
        if product not in products:
            products.append(product)
        if brand not in implied:
            implied.append(brand)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.lower().replace("#", " ").replace("@", " ").split())


def _str_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CatalogError(f"{where}: expected a list of strings")
    return value


def parse_catalog(data: Any, source: str = "<catalog>") -> Catalog:
    if not isinstance(data, dict) or not isinstance(data.get("brands"), list):
        raise CatalogError(f"{source}: expected a mapping with a 'brands' list")
    brands: dict[str, Brand] = {}
    by_handle: dict[str, str] = {}
    by_phrase: dict[tuple[str, ...], tuple[str, str | None]] = {}
    names: dict[str, str] = {}
    ambiguous: dict[tuple[str, ...], str] = {}
    context_words: dict[str, frozenset[str]] = {}
    naming: set[tuple[str, ...]] = set()
    homonyms: dict[str, set[tuple[str, ...]]] = {}
    listed_tags: set[str] = set()
    other_senses: dict[str, frozenset[str]] = {}
    for index, entry in enumerate(data["brands"]):
        where = f"{source}: brands[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"]:
            raise CatalogError(f"{where}: every brand needs a non-empty string 'id'")
        brand_id = entry["id"]
        if brand_id in brands:
            raise CatalogError(f"{where}: duplicate brand id {brand_id!r}")
        name = entry.get("name") or brand_id
        handles = tuple(h.lower().lstrip("@") for h in _str_list(entry.get("handles"), f"{where}.handles"))
        help_links: dict[str, HelpLink] = {}
        links = entry.get("help_links") or {}
        if not isinstance(links, dict):
            raise CatalogError(f"{where}.help_links: expected a mapping of category -> {{kind, url}}")
        for topic, link in links.items():
            if not isinstance(link, dict) or link.get("kind") not in HELP_KINDS or not isinstance(link.get("url"), str):
                raise CatalogError(f"{where}.help_links.{topic}: expected {{kind: {'|'.join(HELP_KINDS)}, url: ...}}")
            help_links[str(topic)] = HelpLink(link["kind"], link["url"])
        public = entry.get("public_channels")
        brands[brand_id] = Brand(
            brand_id,
            str(name),
            handles,
            entry.get("self_service_url"),
            entry.get("forum_url"),
            entry.get("status_url"),
            help_links,
            frozenset(_str_list(public, f"{where}.public_channels")) if public is not None else None,
        )
        names[brand_id.lower()] = brand_id
        names[str(name).lower()] = brand_id
        for handle in handles:
            by_handle[handle] = brand_id
            if "." in handle:  # "@parcelo.eats" is tokenised as the handle "parcelo"
                by_handle.setdefault(handle.split(".", 1)[0], brand_id)
        for alias in [str(name), *_str_list(entry.get("aliases"), f"{where}.aliases")]:
            if _words(alias):
                by_phrase[_words(alias)] = (brand_id, None)
            if alias.strip().startswith("#") and len(_words(alias)) == 1:
                listed_tags.add(_words(alias)[0])
        for alias in _str_list(entry.get("ambiguous_aliases"), f"{where}.ambiguous_aliases"):
            if _words(alias):
                by_phrase[_words(alias)] = (brand_id, None)
                ambiguous[_words(alias)] = brand_id
        words_in = entry.get("homonyms") or {}
        if not isinstance(words_in, dict):
            raise CatalogError(f"{where}.homonyms: expected a mapping of language -> list of names")
        for language, names_there in words_in.items():
            for alias in _str_list(names_there, f"{where}.homonyms.{language}"):
                if _words(alias):
                    by_phrase.setdefault(_words(alias), (brand_id, None))
                    homonyms.setdefault(str(language), set()).add(_words(alias))
        # The possessive ("SkyLark Air's fares", "Brightbank's app"): apostrophes are dropped, so
        # it reads "skylark airs". Not for an ambiguous name or another language's homonym.
        all_homonyms = {h for hs in homonyms.values() for h in hs}
        for alias in [str(name), *_str_list(entry.get("aliases"), f"{where}.aliases")]:
            phrase = _words(alias)
            possessive_ok = phrase and not alias.strip().startswith("#") and not phrase[-1].endswith("s")
            if possessive_ok and phrase not in ambiguous and phrase not in all_homonyms:
                by_phrase.setdefault((*phrase[:-1], phrase[-1] + "s"), (brand_id, None))
        context_words[brand_id] = frozenset(
            w for phrase in _str_list(entry.get("context"), f"{where}.context") for w in _words(phrase)
        )
        senses = frozenset(
            w for phrase in _str_list(entry.get("other_senses"), f"{where}.other_senses") for w in _words(phrase)
        )
        if senses:
            other_senses[brand_id] = senses
        own_names = {w for alias in [str(name), brand_id, *_str_list(entry.get("aliases"), "")] for w in _words(alias)}
        own_names |= {w for alias in _str_list(entry.get("ambiguous_aliases"), "") for w in _words(alias)}
        products = entry.get("products") or []
        if not isinstance(products, list):
            raise CatalogError(f"{where}.products: expected a list")
        for p_index, product in enumerate(products):
            p_where = f"{where}.products[{p_index}]"
            if not isinstance(product, dict) or not isinstance(product.get("id"), str):
                raise CatalogError(f"{p_where}: every product needs a string 'id'")
            for alias in [str(product.get("name") or product["id"]), *_str_list(product.get("aliases"), p_where)]:
                words = _words(alias)
                if words:
                    by_phrase.setdefault(words, (brand_id, product["id"]))
                    if len(words) > 1 and not own_names.isdisjoint(words):
                        naming.add(words)
    max_phrase = max((len(k) for k in by_phrase), default=1)
    lengths: dict[str, set[int]] = {}
    for phrase in by_phrase:
        lengths.setdefault(phrase[0], set()).add(len(phrase))
    phrase_lengths = {word: tuple(sorted(sizes, reverse=True)) for word, sizes in lengths.items()}
    defaults = data.get("defaults") or {}
    default_public = frozenset(
        _str_list(defaults.get("public_channels"), f"{source}: defaults.public_channels")
        or ["twitter", "facebook", "instagram", "youtube"]
    )
    return Catalog(
        brands,
        by_handle,
        by_phrase,
        max_phrase,
        names,
        phrase_lengths,
        ambiguous,
        context_words,
        frozenset(naming),
        default_public,
        {language: frozenset(phrases) for language, phrases in homonyms.items()},
        frozenset(listed_tags),
        other_senses,
    )


def load_catalog(path: Path) -> Catalog:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CatalogError(f"{path}: cannot read catalog: {exc}") from None
    return parse_catalog(data, str(path))


EMPTY_CATALOG = Catalog({}, {}, {}, 1, {})
_NONE: frozenset[str] = frozenset()
_NO_PHRASES: frozenset[tuple[str, ...]] = frozenset()
