"""The annual report's words in English and French, and how its numbers are written.

Kept apart from the layout so that a reviewer reads every sentence of the report in one
place, and so that the PDF and the CSV say the same things.
"""

from __future__ import annotations

from datetime import date

from dpo_desk.domain.annual_report import AnnualFigures
from dpo_desk.domain.deadlines.explain import month_en, month_fr
from dpo_desk.domain.rights import Right, short_label

LANGS = ("en", "fr")
NNBSP = "\u202f"  # French thin no-break space (before % and as thousands separator)

CHANNELS: dict[str, tuple[str, str]] = {
    "post": ("Post", "Courrier"),
    "email": ("E-mail", "Courriel"),
    "phone": ("Phone", "Téléphone"),
    "store": ("In store", "En magasin"),
    "web-form": ("Web form", "Formulaire web"),
}

GROUNDS: dict[str, tuple[str, str]] = {
    "manifestly-unfounded": (
        "Manifestly unfounded (Art. 12(5))",
        "Manifestement infondée (art. 12.5)",
    ),
    "excessive": ("Excessive, repetitive (Art. 12(5))", "Excessive, répétitive (art. 12.5)"),
    "identity-not-established": (
        "Identity not established (Art. 12(6))",
        "Identité non établie (art. 12.6)",
    ),
    "no-data": ("No data held (Art. 15(1))", "Aucune donnée détenue (art. 15.1)"),
    "legal-obligation": (
        "Legal obligation to keep (Art. 17(3)(b))",
        "Obligation légale de conservation (art. 17.3.b)",
    ),
    "legal-claims": ("Legal claims (Art. 17(3)(e))", "Droits en justice (art. 17.3.e)"),
    "compelling-grounds": (
        "Compelling legitimate grounds (Art. 21(1))",
        "Motifs légitimes impérieux (art. 21.1)",
    ),
    "rights-of-others": ("Rights of others (Art. 15(4))", "Droits d'autrui (art. 15.4)"),
    "legal-exemption": ("Legal exemption (Art. 23)", "Exception légale (art. 23)"),
    "unspecified": ("Ground not recorded", "Motif non enregistré"),
}

REGISTERS: dict[str, tuple[str, str]] = {
    "activities": ("Processing activities (Art. 30)", "Activités de traitement (art. 30)"),
    "recipients": ("Recipients (Art. 30(1)(d))", "Destinataires (art. 30.1.d)"),
    "transfers": ("Transfers outside the EU (Art. 44-49)", "Transferts hors UE (art. 44 à 49)"),
    "directives": (
        "Post-mortem directives (Loi 78-17 art. 85)",
        "Directives post mortem (loi 78-17, art. 85)",
    ),
}

#: Every fixed sentence and heading: key -> (English, French).
T: dict[str, tuple[str, str]] = {
    "title": (
        "Annual report of the Data Protection Officer",
        "Rapport annuel du délégué à la protection des données",
    ),
    "period": ("Period: {start} to {end}", "Période : du {start} au {end}"),
    "as_of": ("Figures as known on {day}.", "Chiffres arrêtés au {day}."),
    "summary": ("The year in one minute", "L'année en une minute"),
    "h_received": ("Requests received", "Demandes reçues"),
    "s_received": (
        "{per_month} a month on average; the right most exercised was {right} "
        "({share} of requests).",
        "{per_month} par mois en moyenne ; le droit le plus exercé : {right} "
        "({share} des demandes).",
    ),
    "s_received_none": (
        "No request was received in the period.",
        "Aucune demande reçue sur la période.",
    ),
    "h_on_time": ("Answered on time", "Réponses dans les délais"),
    "s_on_time": (
        "{on_time} of {judged} requests due or answered in the period were answered "
        "by the legal deadline (GDPR Art. 12(3)); {late} late.",
        "{on_time} des {judged} demandes échues ou traitées sur la période ont reçu "
        "réponse dans le délai légal (art. 12.3 du RGPD) ; {late} en retard.",
    ),
    "s_on_time_none": (
        "No request fell due in the period.",
        "Aucune demande n'est arrivée à échéance sur la période.",
    ),
    "h_median": ("Median time to answer", "Délai médian de réponse"),
    "s_median": (
        "Half the {answered} answers left within {median}; nine in ten within "
        "{p90} (legal limit: one month, three if extended).",
        "La moitié des {answered} réponses sont parties en {median} au plus ; neuf sur "
        "dix en {p90} (limite légale : un mois, trois si prolongé).",
    ),
    "s_median_none": (
        "No answer was sent in the period.",
        "Aucune réponse envoyée sur la période.",
    ),
    "h_refused": ("Requests refused", "Demandes refusées"),
    "s_refused": (
        "Most frequent ground: {ground}; {extensions} extension(s) decided.",
        "Motif le plus fréquent : {ground} ; {extensions} prolongation(s) décidée(s).",
    ),
    "s_refused_none": (
        "No refusal; {extensions} extension(s) decided.",
        "Aucun refus ; {extensions} prolongation(s) décidée(s).",
    ),
    "h_incidents": ("Personal data breaches", "Violations de données"),
    "s_incidents": (
        "{authority} notified to the authority, {within} of them within 72 hours "
        "(GDPR Art. 33); {persons} notified to the persons (Art. 34).",
        "{authority} notifiée(s) à l'autorité, dont {within} dans les 72 heures "
        "(art. 33 du RGPD) ; {persons} communiquée(s) aux personnes (art. 34).",
    ),
    "h_backups": ("Backups verified", "Sauvegardes vérifiées"),
    "s_backups": (
        "Each archive was verified in full before it was kept; {failed} failed, "
        "{restores} restore(s).",
        "Chaque archive est vérifiée en entier avant d'être conservée ; {failed} "
        "échec(s), {restores} restauration(s).",
    ),
    "sec_requests": ("1. Requests from data subjects", "1. Demandes des personnes concernées"),
    "per_month": ("Requests received per month", "Demandes reçues par mois"),
    "per_right": (
        "Rights exercised (a request may exercise several)",
        "Droits exercés (une demande peut en exercer plusieurs)",
    ),
    "per_channel": ("Channel of the requests", "Canal des demandes"),
    "sec_time": ("2. Time to answer", "2. Délais de réponse"),
    "received": ("Requests received", "Demandes reçues"),
    "complaints": ("of which complaints", "dont réclamations"),
    "judged": ("Requests due or answered in the period", "Demandes échues ou traitées"),
    "on_time": ("Answered by the deadline in force", "Réponses dans le délai en vigueur"),
    "on_time_rate": ("On-time rate", "Taux de réponse dans les délais"),
    "answered": ("Answers sent (replies and refusals)", "Réponses envoyées (dont refus)"),
    "median": ("Median time to answer", "Délai médian de réponse"),
    "p90": ("90th percentile", "90e centile"),
    "extensions": ("Extensions decided (Art. 12(3))", "Prolongations décidées (art. 12.3)"),
    "on_time_bar": (
        "On time (green) against late (red): {on_time} of {judged} ({rate})",
        "Dans les délais (vert) et en retard (rouge) : {on_time} sur {judged} ({rate})",
    ),
    "ext_late": (
        "of which notified too late (not counted)",
        "dont notifiées trop tard (non prises en compte)",
    ),
    "on_time_def": (
        "On time: the answer (reply or refusal) is dated on or before the deadline in force: "
        "one month from receipt (GDPR Art. 12(3); 30 days under Quebec P-39.1 s. 32), or the "
        "extended deadline when the person was told of the extension within one month of "
        "receipt. Days waiting for identity suspend the period (décret 2019-536). A request is "
        "judged on the day it was answered, or on the day after its deadline if unanswered "
        "by then; withdrawn and forwarded requests are left out. Times to answer are calendar "
        "days from receipt; percentiles by the nearest-rank method.",
        "Dans les délais : la réponse (ou le refus) est datée au plus tard du jour du délai en "
        "vigueur : un mois après réception (art. 12.3 du RGPD ; 30 jours selon l'art. 32 de la "
        "loi québécoise P-39.1), ou le délai prolongé si la personne a été informée de la "
        "prolongation dans le mois suivant la réception. L'attente d'un justificatif "
        "d'identité suspend le délai (décret 2019-536). Une demande est jugée le jour de sa "
        "réponse, ou le lendemain de son échéance si elle n'a pas reçu de réponse ; les "
        "demandes retirées ou transmises sont exclues. Délais en jours calendaires depuis la "
        "réception ; centiles par la méthode du rang le plus proche.",
    ),
    "sec_refusals": ("3. Refusals and identity checks", "3. Refus et vérifications d'identité"),
    "refusals_by_ground": ("Refusals by ground", "Refus par motif"),
    "none": ("None in the period.", "Aucun sur la période."),
    "id_requested": (
        "Identity proofs requested (Art. 12(6))",
        "Justificatifs d'identité demandés (art. 12.6)",
    ),
    "id_received": ("received", "reçus"),
    "id_verified": ("identity verified", "identité vérifiée"),
    "id_failed": ("verification failed", "vérification en échec"),
    "sec_incidents": ("4. Personal data breaches", "4. Violations de données personnelles"),
    "incidents": (
        "Breaches the organisation became aware of",
        "Violations dont l'organisme a eu connaissance",
    ),
    "authority": ("Notified to the authority (CNIL / CAI)", "Notifiées à l'autorité (CNIL / CAI)"),
    "within_72h": ("of which within 72 hours (Art. 33(1))", "dont dans les 72 heures (art. 33.1)"),
    "after_72h": ("of which after 72 hours, with reasons", "dont après 72 heures, motivées"),
    "not_notified": (
        "Decided not to notify (reasons recorded, Art. 33(5))",
        "Non notifiées par décision motivée (art. 33.5)",
    ),
    "persons": ("Communicated to the persons (Art. 34)", "Communiquées aux personnes (art. 34)"),
    "sec_registers": ("5. Registers and backups", "5. Registres et sauvegardes"),
    "register_changes": (
        "Changes to the registers (from the audit log)",
        "Modifications des registres (d'après le journal d'audit)",
    ),
    "no_changes": (
        "No register was changed in the period.",
        "Aucun registre modifié sur la période.",
    ),
    "backups": ("Backups made and verified", "Sauvegardes faites et vérifiées"),
    "backups_failed": ("Backups that failed", "Sauvegardes en échec"),
    "restores": ("Restores", "Restaurations"),
    "page": ("Page {n}", "Page {n}"),
    "count": ("Count", "Nombre"),
    "days": ("{n} days", "{n} jours"),
    "day": ("{n} day", "{n} jour"),
    "na": ("n/a", "s.o."),
    "footer": (
        "{org}: annual report of the DPO, {start} to {end}",
        "{org} : rapport annuel du DPO, du {start} au {end}",
    ),
}


def t(key: str, lang: str, **values: object) -> str:
    """The sentence ``key`` in ``lang`` with ``values`` filled in."""
    en, fr = T[key]
    return (fr if lang == "fr" else en).format(**values)


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "fr" else pair[0]


def number(value: int, lang: str) -> str:
    """``1,234`` / ``1 234`` (thin no-break space in French)."""
    text = f"{value:,}"
    return text.replace(",", NNBSP) if lang == "fr" else text


def percent(rate: float | None, lang: str) -> str:
    """``96.8%`` / ``96,8 %``; ``n/a`` when there is nothing to divide."""
    if rate is None:
        return t("na", lang)
    text = f"{rate * 100:.1f}"
    return f"{text.replace('.', ',')}{NNBSP}%" if lang == "fr" else f"{text}%"


def days(n: int | None, lang: str) -> str:
    if n is None:
        return t("na", lang)
    return t("day" if n in (0, 1) else "days", lang, n=number(n, lang))


def long_date(day: date, lang: str) -> str:
    """``1 January 2025`` / ``1er janvier 2025``."""
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month_fr(day.month)} {day.year}"
    return f"{day.day} {_MONTHS_EN_LONG[day.month - 1]} {day.year}"


_MONTHS_FR_SHORT = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
_MONTHS_EN_LONG = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_label(key: str, lang: str, with_year: bool) -> str:
    """``Jan`` / ``janv.`` for ``YYYY-MM``, with the year's last two digits if asked."""
    month = int(key[5:])
    name = month_en(month) if lang == "en" else _MONTHS_FR_SHORT[month - 1]
    return f"{name} {key[2:4]}" if with_year else name


def right_label(right: str, lang: str) -> str:
    try:
        return short_label(Right(right), lang)
    except ValueError:
        return right


def channel_label(channel: str, lang: str) -> str:
    return pick(CHANNELS.get(channel, (channel, channel)), lang)


def ground_label(ground: str, lang: str) -> str:
    return pick(GROUNDS.get(ground, (ground, ground)), lang)


def register_label(name: str, lang: str) -> str:
    return pick(REGISTERS.get(name, (name, name)), lang)


def headlines(f: AnnualFigures, lang: str) -> list[tuple[str, str, str]]:
    """The summary page: (heading, figure, sentence), the figures a manager asks first."""
    out = []
    months = max(1, len(f.period.months()))
    if f.received and f.per_right:
        top, n = next(iter(f.per_right.items()))
        sentence = t(
            "s_received",
            lang,
            per_month=number(round(f.received / months), lang),
            right=right_label(top, lang).lower(),
            share=percent(n / f.received, lang),
        )
    else:
        sentence = t("s_received_none", lang)
    out.append((t("h_received", lang), number(f.received, lang), sentence))
    out.append(
        (
            t("h_on_time", lang),
            percent(f.on_time_rate, lang),
            t(
                "s_on_time",
                lang,
                on_time=number(f.on_time, lang),
                judged=number(f.judged, lang),
                late=number(f.late, lang),
            )
            if f.judged
            else t("s_on_time_none", lang),
        )
    )
    out.append(
        (
            t("h_median", lang),
            days(f.median_days, lang),
            t(
                "s_median",
                lang,
                answered=number(f.answered, lang),
                median=days(f.median_days, lang),
                p90=days(f.p90_days, lang),
            )
            if f.answered
            else t("s_median_none", lang),
        )
    )
    ext = number(f.extensions, lang)
    out.append(
        (
            t("h_refused", lang),
            number(f.refused, lang),
            t("s_refused", lang, ground=ground_label(next(iter(f.refusals)), lang), extensions=ext)
            if f.refusals
            else t("s_refused_none", lang, extensions=ext),
        )
    )
    out.append(
        (
            t("h_incidents", lang),
            number(f.incidents, lang),
            t(
                "s_incidents",
                lang,
                authority=number(f.notified_authority, lang),
                within=number(f.notified_within_72h, lang),
                persons=number(f.notified_persons, lang),
            ),
        )
    )
    out.append(
        (
            t("h_backups", lang),
            number(f.backups_verified, lang),
            t(
                "s_backups",
                lang,
                failed=number(f.backups_failed, lang),
                restores=number(f.restores, lang),
            ),
        )
    )
    return out
