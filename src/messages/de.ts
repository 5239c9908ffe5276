import type { Catalog, RuleTexts } from './catalog.js'

/** Die deutschen Meldungen: dieselben Schlüssel und Platzhalter wie en.ts (ein Test prüft es). */
export const de: Catalog = {
  quote: '„{text}“',
  'list.separator': ', ',

  'why.too-short': '{noun} hat {words} {words|Wort|Wörter}; mindestens {minimum} sind nötig',
  'why.empty': '{noun} ist leer',
  'why.only': '{noun} besteht nur aus „{placeholder}“',
  'noun.answer': 'die Antwort',
  'noun.section': 'der Abschnitt',

  'rejected.customer-price': 'die Antwort sagt nur „{answer}“: Das ist der Preis für die Kunden, nicht, wie sich das Produkt trägt',
  'rejected.effort': 'die Antwort nennt Aufwand (Menschen und Zeit), kein Geld',
  'rejected.no-money': 'die Antwort enthält weder Zahlen noch Geldbegriffe (Preis, Kosten, Umsatz, Marge)',
  'rejected.definition': 'sie ist eine Begriffserklärung, keine technische Hürde',
  'rejected.usage': 'sie ist eine Anwendungsfrage der Kunden, keine technische Hürde',
  'rejected.no-hurdle': 'die Antwort nennt keine technische Hürde: keine Abhängigkeit, Grenze, kein Risiko und keine Größenordnung',

  'topic.finance.adjective': 'Finanz',
  'topic.finance.subject': 'Geld (Kosten, Preise, Umsatz, Margen oder das Geschäftsmodell)',
  'topic.technical.adjective': 'Technik',
  'topic.technical.subject': 'technische Hürden (das schwierigste technische Problem, technische Risiken, Abhängigkeiten, Skalierung oder Architektur)',
  'faq-topic.unanswered': 'Die {adjective}frage „{question}“ hat keine echte Antwort: {why}.',
  'faq-topic.unanswered.help': 'Ersetzen Sie den Platzhalter durch die Antwort, wie Sie sie heute kennen, mit den Zahlen und den Annahmen dahinter.',
  'faq-topic.considered': 'Die FAQ beantwortet keine Frage zu {subject}: „{question}“ wurde geprüft, aber {reason}.',
  'faq-topic.missing': 'Die FAQ hat keine Frage zu {subject}.',
  'faq-topic.no-faq': 'Es gibt keine FAQ, also beantwortet nichts Fragen zu {subject}.',
  'skeleton.finance.question': 'Was ist der Preis, was kostet es uns, und welche Marge erzielen wir?',
  'skeleton.finance.prompt': 'Mit Zahlen antworten: der Preis für die Kunden, unsere Kosten pro Kunde, die Marge und die Annahmen dahinter.',
  'skeleton.finance.description': 'Fügt der FAQ die Finanzfrage mit einem Hinweis hinzu; die Prüfung besteht, sobald Sie sie beantworten.',
  'skeleton.technical.question': 'Was ist das schwierigste technische Problem, und wie lösen wir es?',
  'skeleton.technical.prompt': 'Antwort: Was ist neu oder riskant, wovon hängen wir ab, und woran erkennen wir, dass es in der nötigen Größenordnung funktioniert?',
  'skeleton.technical.description': 'Fügt der FAQ die Frage nach den technischen Hürden mit einem Hinweis hinzu; die Prüfung besteht, sobald Sie sie beantworten.',

  'criterion.big-idea.question': 'Ist es eine große Idee?',
  'criterion.big-idea.asks': 'wie groß die Chance ist',
  'criterion.should-do.question': 'Sollten wir das tun?',
  'criterion.should-do.asks': 'warum gerade wir es bauen sollten',
  'criterion.plan.question': 'Gibt es einen tragfähigen Plan zum Erfolg?',
  'criterion.plan.asks': 'wie der Plan zum Erfolg aussieht',
  'criterion.asked-verbatim': 'Bezos’ Frage „{question}“ wird gestellt, hat aber keine echte Antwort: {why}.',
  'criterion.asked': '„{asked}“ stellt Bezos’ Frage „{question}“, hat aber keine echte Antwort: {why}.',
  'criterion.section-silent': 'Der Abschnitt „{section}“ beantwortet Bezos’ Frage „{question}“ nicht.',
  'criterion.missing': 'Nichts beantwortet Bezos’ Frage „{question}“: Es gibt keinen Abschnitt zu den Bezos-Kriterien, und keine FAQ-Frage fragt, {asks}.',

  'problem.empty': 'Der Problemabschnitt „{section}“ hat keinen echten Inhalt: {why}.',
  'problem.empty.help': 'Beschreiben Sie das Problem der Kunden in ihren Worten: Wer hat es, wie oft, und was kostet es sie heute?',
  'problem.unlabelled.paragraph': 'Kein Abschnitt ist als Problem überschrieben, aber dieser Absatz beschreibt es: „{text}“',
  'problem.unlabelled.faq-answer': 'Kein Abschnitt ist als Problem überschrieben, aber diese FAQ-Antwort beschreibt es: „{text}“',
  'problem.unlabelled.background': 'Kein Abschnitt ist als Problem überschrieben, aber dieser Hintergrundabschnitt beschreibt es: „{text}“',
  'problem.unlabelled.help':
    'Überschreiben Sie ihn, damit Reviewer das Problem dort finden, wo sie es suchen: Beginnen Sie den Absatz mit `**Das Problem.**` oder setzen Sie ihn unter eine Überschrift `### Das Problem` in der Pressemitteilung.',
  'problem.label.description': 'Überschreibt diesen Absatz als das Problem der Kunden, dort, wo Reviewer es suchen.',
  'problem.missing': 'Es fehlt eine Problembeschreibung: Nichts ist als Problem der Kunden überschrieben, und kein Absatz sagt, was ihnen heute fehlt oder schwerfällt und was es sie kostet.',

  'problem-before-solution.found': 'Die Pressemitteilung stellt die Lösung ({solution}) in Zeile {solutionLine} vor, bevor sie in Zeile {problemLine} das Problem nennt.',
  'problem-from-customer.found':
    'Die Problembeschreibung nennt keine Kunden oder Nutzer und stützt sich auf das, was das Team schon hat ({cues}): Sie liest sich wie Zutaten aus der Vorratskammer, nicht wie ein Problem der Kunden.',
  'customer-quote.leader-only': 'Die Pressemitteilung zitiert nur eigene Leute („{speaker}“); ein Zitat von Kunden, Nutzern oder Partnern fehlt.',
  'customer-quote.none': 'Die Pressemitteilung hat kein Kundenzitat: Niemand außerhalb des Unternehmens sagt, was das Produkt für ihn verändert hat.',
  'answer-first.found': '„{question}“ fragt nach Ja oder Nein, aber die Antwort beginnt mit „{sentence}“.',
  'finance-figures.found': '„{question}“ ist beantwortet, aber die Antwort nennt keine Zahlen: keinen Betrag, Preis, keine Marge, keinen Prozentsatz und keine Marktgröße.',
  'finance-figures.found-others':
    '„{question}“ ist beantwortet, aber die Antwort nennt keine Zahlen: keinen Betrag, Preis, keine Marge, keinen Prozentsatz und keine Marktgröße (ebenso wenig {others|die andere Finanzantwort|die {others} anderen Finanzantworten}).',
  'press-release-length.found': 'Die Pressemitteilung hat {words} Wörter, mehr als die {maxWords}, die auf etwa eine Seite passen.',
  'template-leftovers.bracket': '„{text}“ ist ein Platzhalter der Vorlage.',
  'template-leftovers.filler': '„{text}“ ist Blindtext.',
  'template-leftovers.figure': '„{text}“ ist eine Platzhalterzahl.',
  'template-leftovers.tbd': '„{text}“ ist ein „noch offen“.',
  'template-leftovers.instruction': '„{text}“ ist eine aus der Vorlage kopierte Anweisung.',
  'template-leftovers.in-headline': '„{text}“ ist {what} in der Schlagzeile.',
  'template-leftovers.in-quote': '„{text}“ ist {what} in einem Zitat.',
  'template-leftovers.in-dateline': '„{text}“ ist {what} in der Datumszeile.',
  'template-leftovers.what.slot': 'ein Platzhalter der Vorlage',
  'template-leftovers.what.filler': 'Blindtext',
  'template-leftovers.what.figure': 'eine Platzhalterzahl',
  'template-leftovers.what.tbd': 'ein „noch offen“',
  'template-leftovers.what.instruction': 'eine aus der Vorlage kopierte Anweisung',
  'template-leftovers.more': '… und ab hier {rest} {rest|weitere Stelle|weitere Stellen} mit Vorlagentext ({listed} sind einzeln aufgeführt).',
  'template-leftovers.fix': 'Macht den Platzhalter zu einem verborgenen Hinweis, sodass die Seite ihn nicht mehr zeigt; schreiben Sie den Text an seine Stelle.',

  'engine.draft': '{message} (Eine Warnung, kein Fehler: Der Status des Dokuments ist „{status}“.)',
  'engine.file-empty': 'Die Datei ist leer: Es gibt kein PR/FAQ zu prüfen.',
  'engine.nested': 'Listen oder Zitate sind hier {depth} Ebenen tief verschachtelt (die Grenze ist {limit}); das Dokument wurde nicht geprüft.',
  'engine.too-deep': 'Das Markdown ist zu tief verschachtelt, um es zu lesen; das Dokument wurde nicht geprüft.',
  'engine.front-matter': 'Der Front-Matter-Block ist kein gültiges YAML: {reason}.',
  'engine.not-mapping': 'Er muss aus Zeilen `Schlüssel: Wert` bestehen',
  'engine.too-costly': 'Das Markdown ist zu aufwendig zu lesen: {what}; das Dokument wurde nicht geprüft.',
  'work.emphasis': 'eine Folge von {n} Hervorhebungszeichen (* oder _) in einem Absatz ab hier, die größtenteils kein Gegenstück haben',
  'work.strikethrough': 'eine Folge von {n} ~-Zeichen in einem Absatz ab hier, die größtenteils kein Gegenstück haben',
  'work.brackets': '{n} schließende Klammern (]) in einem Absatz ab hier, die keinen Link schließen',
  'work.link-labels': '{n} Link-Beschriftungen in einem Absatz ab hier, ineinander verschachtelt oder mit vielen Definitionen abgeglichen',
  'work.html': '{n} nicht geschlossene HTML-Anfänge (<, <!--, <?) in einem Absatz ab hier',
  'work.code-spans': '{n} Backtick-Folgen in einem Absatz ab hier, die einen nie geschlossenen Code-Abschnitt öffnen',
  'work.link-destinations': '{n} Link-Ziele oder -Titel in einem Absatz ab hier, die nie geschlossen werden',
  'work.stray-punctuation': '{n} Satzzeichen ([ ] ! & < ` \\) in einem Absatz ab hier, die kein Markdown-Element beginnen',
  'work.setext-headings': '{n} Setext-Unterstreichungen (eine Zeile aus = oder -) ab hier',
  'work.lazy-lines': '{n} Fortsetzungszeilen ohne Einrückung oder Markierung (eines Listenpunkts oder Zitats) in einem Absatz ab hier',
  'work.footnote-definitions': '{n} Fußnotendefinitionen ab hier',
  'work.footnote-calls': '{n} Fußnotenverweise in einem Absatz ab hier, jeder unter vielen Definitionen gesucht',
  'decode.too-large': 'Die Datei ist {actual} groß, über der Grenze von {limit} für ein PR/FAQ; sie wurde nicht geprüft.',
  'decode.too-large-bytes': 'Die Datei ist {size} Bytes groß, über der Grenze von {limit} Bytes für ein PR/FAQ; sie wurde nicht geprüft.',
  'decode.utf16-le': 'Die Datei ist UTF-16-Text (Little Endian); prfaq-gate liest UTF-8.',
  'decode.utf16-be': 'Die Datei ist UTF-16-Text (Big Endian); prfaq-gate liest UTF-8.',
  'decode.binary': 'Die Datei sieht binär aus: Sie enthält ein NUL-Byte in Zeile {line}, Spalte {column}.',
  'decode.not-utf8': 'Die Datei ist kein gültiges UTF-8: Byte 0x{byte} in Zeile {line}, Spalte {column} (vielleicht Latin-1 oder Windows-1252).',
  'decode.unreadable': 'Die Datei kann nicht gelesen werden ({reason}).',
  'suppression.no-rule': 'Dieser prfaq-gate-disable-Kommentar nennt keine Regel und schaltet daher nichts ab.',
  'suppression.unknown': 'Dieser prfaq-gate-disable-Kommentar nennt {count|die unbekannte Regel|die unbekannten Regeln} {rules}; er wurde ignoriert.',
  'suppression.no-reason': 'Um {rules} abzuschalten, braucht es eine Begründung nach „--“; die Abschaltung wurde ignoriert.',

  'comment.why': 'Warum es wichtig ist:',
  'comment.how': 'So beheben Sie es:',
  'comment.suggested': 'Vorgeschlagene Änderung:',
  'comment.proposed': 'Vorgeschlagene Änderung (an {lines}, von Hand):',
  'comment.line': 'Zeile {line}',
  'comment.lines': 'Zeilen {line}–{endLine}',
  'comment.outside-line': '📍 **[Zeile {line}]({link})** dieser Datei, außerhalb der Zeilen, die dieser Pull-Request ändert:',
  'comment.outside-lines': '📍 **[Zeilen {line}–{endLine}]({link})** dieser Datei, außerhalb der Zeilen, die dieser Pull-Request ändert:',
  'review.body': 'prfaq-gate hat in den Zeilen dieser Änderung {count} {count|Problem|Probleme} gefunden. Die Übersicht je PR/FAQ steht im Zusammenfassungskommentar.',
  'truncated.see-summary': '… gekürzt. Der Rest steht im Zusammenfassungskommentar.',
  'truncated.see-job-summary': '… gekürzt. Der Rest steht in der Job-Zusammenfassung dieses Workflow-Laufs.',
  'severity.error': 'Fehler',
  'severity.warning': 'Warnung',
  'severity.notice': 'Hinweis',

  'summary.title': 'prfaq-gate: {headline}',
  'summary.none-changed': '✅ In diesem Pull-Request wurde kein PR/FAQ geändert',
  'summary.all-pass': '✅ Alle Prüfungen bestanden ({files} PR/FAQ{files||s})',
  'summary.counts': '{icon} {counts} in {files} PR/FAQ{files||s}',
  'summary.errors': '{n} {n|Fehler|Fehler}',
  'summary.warnings': '{n} {n|Warnung|Warnungen}',
  'summary.notices': '{n} {n|Hinweis|Hinweise}',
  'summary.check': 'Prüfung',
  'summary.result': 'Ergebnis',
  'summary.pass': '✅ bestanden',
  'summary.not-checked': '➖ nicht geprüft: Die Datei konnte nicht gelesen werden (siehe unten)',
  'summary.suppressed': '🔕 abgeschaltet (siehe unten)',
  'summary.other-findings': 'Weitere Befunde:',
  'summary.suppressed-findings': 'Im Dokument abgeschaltet:',
  'summary.reason': 'Begründung: {reason}',
  'summary.footer': 'Geprüft bei {commit} von prfaq-gate. Jede Regel verlinkt auf ihre Dokumentation.',
  'summary.since': 'Seit {commit}:',
  'summary.progress': '{fixed} behoben, {added} neu, {open} noch offen',
  'summary.progress-suppressed': '{n} abgeschaltet',
  'summary.first-checked': 'bei diesem Commit nicht geprüft; {n} neu',
  'summary.fixed': '✅ behoben {rules}',
  'summary.new': '🆕 neu {rules}',
  'summary.now-suppressed': '🔕 abgeschaltet {rules}',
  'summary.unchanged': 'nichts behoben, nichts neu',
  'summary.open': '{n} noch offen',
  'summary.every-finding': 'Alle Befunde',
  'summary.severity': 'Schwere',
  'summary.where': 'Wo',
  'summary.rule': 'Regel',
  'summary.message': 'Meldung',
  'summary.how': 'So beheben Sie es',
  'scorecard.problem-section': 'Problemabschnitt',
  'scorecard.faq-finance': 'FAQ beantwortet Finanzfragen',
  'scorecard.faq-technical-hurdles': 'FAQ beantwortet technische Hürden',
  'scorecard.bezos-big-idea': 'Ist es eine große Idee?',
  'scorecard.bezos-should-do': 'Sollten wir das tun?',
  'scorecard.bezos-plan-to-succeed': 'Gibt es einen tragfähigen Plan zum Erfolg?',

  'cli.checked': '{files} PR/FAQ-{files|Datei|Dateien} geprüft',
  'cli.clean': '{checked}: keine Probleme gefunden',
  'cli.clean-failed': '{failed}{checked}: darin keine Probleme gefunden',
  'cli.suppressed': ' ({n} {n|Befund|Befunde} mit Begründung abgeschaltet)',
  'cli.failed-inputs': '{n} {n|Eingabe nennt|Eingaben nennen} nichts zu Prüfendes (siehe oben); ',
  'cli.found': '{failed}{checked}: {counts} in {withFindings} {withFindings|Datei|Dateien}'
}

export const deRules: RuleTexts = {
  'problem-section': {
    help: 'Fügen Sie einen Problemabschnitt hinzu, als Überschrift (`### Das Problem`) oder fetten Einstieg (`**Das Problem.** …`): Wer hat das Problem, was kostet es ihn heute, und warum reicht das, was er heute nutzt, nicht aus?',
    rationale: 'Working Backwards beginnt beim Problem der Kunden; wenn Reviewer es nicht finden, können sie nicht beurteilen, ob die Lösung es wert ist, gebaut zu werden.'
  },
  'faq-finance': {
    help: 'Fügen Sie eine interne FAQ-Frage wie „Was kostet es uns, und wie verdienen wir Geld?“ hinzu und beantworten Sie sie mit Zahlen: Preis, Stückkosten, Marge, Budget oder Marktgröße, und die Annahmen dahinter.',
    rationale: 'Führungskräfte fragen, ob sich das lohnt; ohne das Geld — Kosten, Preis, Marge, Marktgröße — kann das niemand beantworten oder einen tragfähigen Plan erkennen.'
  },
  'faq-technical-hurdles': {
    help: 'Fügen Sie eine interne FAQ-Frage wie „Was ist das schwierigste technische Problem, und wie lösen wir es?“ hinzu und beantworten Sie sie: Was ist neu oder riskant, wovon hängen wir ab, und woran erkennen wir, dass es in der nötigen Größenordnung funktioniert?',
    rationale: 'Ein tragfähiger Plan nennt seine schwierigsten technischen Probleme und wie sie gelöst werden; eine FAQ ohne sie verschweigt das größte Risiko für den Start.'
  },
  'bezos-big-idea': {
    help: 'Beantworten Sie „Ist es eine große Idee?“: Wie viele Kunden haben das Problem, wie wichtig ist es ihnen, und wie groß ist die Chance — in einem Abschnitt zu den Bezos-Kriterien oder einer internen FAQ-Frage wie „Wie groß ist die Chance?“.',
    rationale: '„Ist es eine große Idee?“ ist die erste der drei Fragen, nach denen Führungskräfte ein PR/FAQ beurteilen; unbeantwortet bleibt die Größe der Chance Spekulation.'
  },
  'bezos-should-do': {
    help: 'Beantworten Sie „Sollten wir das tun?“: Warum passt es zu unserer Strategie und unseren Stärken, warum jetzt, und worauf würden wir dafür verzichten — in einem Abschnitt zu den Bezos-Kriterien oder einer internen FAQ-Frage wie „Warum sollten gerade wir das bauen?“.',
    rationale: '„Sollten wir das tun?“ fragt, warum dieses Team, jetzt, statt etwas anderem; ein PR/FAQ, das es nicht sagt, können Führungskräfte nicht freigeben.'
  },
  'bezos-plan-to-succeed': {
    help: 'Beantworten Sie „Gibt es einen tragfähigen Plan zum Erfolg?“: die Meilensteine, das Team und die Mittel, die riskantesten Annahmen und wie wir sie prüfen — in einem Abschnitt zu den Bezos-Kriterien oder einer internen FAQ-Frage wie „Wie sieht unser Plan zum Erfolg aus?“.',
    rationale: '„Gibt es einen tragfähigen Plan zum Erfolg?“ macht aus einer guten Idee ein freigegebenes Projekt; ohne Plan ist das PR/FAQ ein Wunsch.'
  },
  'problem-before-solution': {
    help: 'Setzen Sie den Problemabsatz vor die Lösung: erst, wer das Problem hat und was es ihn kostet, dann, was das Produkt dagegen tut.',
    rationale:
      'Working Backwards beginnt bei den Kunden: Wer die Lösung zuerst liest, kann nicht beurteilen, ob sie etwas löst, und wer dort zu schreiben beginnt, hat das Problem oft noch nicht gefunden.'
  },
  'problem-from-customer': {
    help: 'Schreiben Sie das Problem aus Sicht der Kunden neu: Wer hat es, was können sie heute nicht, und was kostet es sie? Was das Team schon hat, gehört in die FAQ-Frage „Warum wir?“.',
    rationale:
      '„Wir betreiben schon X, Y und Z; kombiniert könnten sie ein Produkt werden“ ist das Symptom der Vorratskammer: eine Lösung, die ein Problem sucht. Working Backwards beginnt beim Problem der Kunden und fragt erst dann, was zu bauen ist.'
  },
  'customer-quote': {
    help: 'Fügen Sie ein Kundenzitat hinzu: eine Person mit Namen und Rolle („sagt Ana Ruiz, Pflegekraft am St.-Marien-Krankenhaus“), die in eigenen Worten sagt, was sich für sie verändert hat.',
    rationale: 'Das Kundenzitat ist die Probe der Pressemitteilung auf den Nutzen: Wenn das Team nicht schreiben kann, was Kunden sagen würden, hat es noch nicht gefunden, was sie davon haben.'
  },
  'answer-first': {
    help: 'Beginnen Sie die Antwort mit der Antwort — „Ja.“, „Nein.“, „Noch nicht.“, „Ja, für …“ — und nennen Sie die Gründe danach.',
    rationale:
      'Leser überfliegen eine FAQ nach den Antworten. Eine Antwort, die mit Hintergrund beginnt, zwingt sie, bis zum Ende zu lesen, um Ja oder Nein zu erfahren, und verbirgt oft, dass es ein Nein ist.'
  },
  'finance-figures': {
    help: 'Nennen Sie in der Finanzantwort Zahlen — den Preis, die Kosten pro Kunde, die Marge, das Budget oder die Marktgröße — mit den Annahmen dahinter. Eine Schätzung mit Annahmen ist besser als keine.',
    rationale: 'Aus „es wird profitabel“ können Führungskräfte nicht beurteilen, ob sich eine Idee lohnt: Erst die Zahlen, auch grobe, machen den Plan überprüfbar.'
  },
  'template-leftovers': {
    help: 'Ersetzen Sie den Vorlagentext durch das, wofür er steht, oder löschen Sie ihn. Wo Sie es noch nicht wissen, sagen Sie es in Worten („Der Preis wird im Q3-Review entschieden“).',
    rationale: 'Vorlagentext zeigt Reviewern, dass die Denkarbeit noch fehlt; in einer Pressemitteilung ist er schlimmer als eine Lücke, weil er auf den ersten Blick fertig wirkt.'
  },
  'press-release-length': {
    help: 'Kürzen Sie die Pressemitteilung auf das, was Kunden lesen würden: Schlagzeile, Problem, Lösung, ein oder zwei Zitate und wie man anfängt. Details gehören in die FAQ.',
    rationale: 'Eine Pressemitteilung über viele Seiten verdeckt die Idee, statt sie zu schärfen; die Grenze zwingt dazu, zu entscheiden, was für die Kunden zählt.'
  },
  'file-too-large': {
    help: 'Ein PR/FAQ umfasst sechs Seiten; diese Datei ist weit größer. Teilen Sie sie (Pressemitteilung, FAQ, Anhang) oder erhöhen Sie `maxFileBytes` in der Konfiguration, wenn es wirklich ein Dokument ist.',
    rationale:
      'Eine Prüfung, die eine Datei, die sie nicht lesen kann, stillschweigend überspringt, ließe ein ungeprüftes Dokument durch; ein so großes PR/FAQ ist zudem weit mehr als die sechs Seiten, die Reviewer lesen.'
  },
  'file-not-text': {
    help: 'Speichern Sie die Datei als UTF-8 (in den meisten Editoren: „Speichern mit Kodierung → UTF-8“) oder, wenn sie kein PR/FAQ ist, schränken Sie die Pfade ein, die prfaq-gate prüft.',
    rationale: 'Eine Datei, die kein UTF-8-Text ist, lässt sich nicht als PR/FAQ lesen; ließe man sie ungeprüft durch, umginge sie die Prüfung.'
  },
  'file-empty': {
    help: 'Schreiben Sie das PR/FAQ, oder beginnen Sie mit einem Gerüst: `prfaq-gate init`.',
    rationale: 'Ein leeres PR/FAQ beantwortet keine der Fragen, die Reviewer stellen; es darf die Prüfung nicht bestehen.'
  },
  'front-matter-invalid': {
    help: 'Korrigieren Sie das YAML in der angegebenen Zeile (ein fehlender Doppelpunkt, ein Tabulator, ein offenes Anführungszeichen) oder entfernen Sie den Front-Matter-Block.',
    rationale: 'Mit defektem Front Matter lassen sich die Metadaten des Dokuments (Typ und Status) nicht lesen, und die meisten Renderer zeigen den Block als Fehler.'
  },
  'document-too-complex': {
    help: 'Verschachteln Sie flacher, oder entfernen Sie die lange Folge ungepaarter Auszeichnungszeichen, die die Meldung nennt (wörtliche Zeichen gehören in einen Codeblock): Kein PR/FAQ braucht sie.',
    rationale:
      'So tiefe Verschachtelung oder Tausende ungepaarte Zeichen in einem Absatz können kein echtes PR/FAQ sein und würden den Parser erschöpfen oder minutenlang beschäftigen; die Prüfung meldet es, statt zu hängen, abzustürzen oder es durchzulassen.'
  },
  'suppression-invalid': {
    help: 'Schreiben Sie die Begründung nach zwei Bindestrichen: `<!-- prfaq-gate-disable faq-finance -- der Preis wird im Finanz-Review entschieden -->`.',
    rationale:
      'Eine Prüfung abzuschalten ist eine Entscheidung, die Reviewer sehen und hinterfragen sollen; ohne Begründung ist es nur eine stummgeschaltete Prüfung. Eine Abschaltung ohne Begründung wird ignoriert.'
  }
}
