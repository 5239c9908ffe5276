/**
 * The English messages: the reference catalog. Every other language has
 * exactly these keys with the same placeholders (a test checks it). A
 * template's `{name}` is a parameter; `{n|one|other}` picks the word for the
 * number n (see text.ts). Rules' own help and rationale are in their files;
 * their translations are in each language's `rules` table.
 */
export const en = {
  // Why an answer or a section does not count.
  'why.too-short': 'the {noun} has {words} {words|word|words}; at least {minimum} are needed',
  'why.empty': 'the {noun} is empty',
  'why.only': 'the {noun} is only “{placeholder}”',
  'noun.answer': 'answer',
  'noun.section': 'section',

  // Why a question did not count for a topic (the model's rejections).
  'rejected.customer-price': 'its answer says only “{answer}”: that is the customer’s price, not how the product pays for itself',
  'rejected.effort': 'its answer is given in effort (people and time), not money',
  'rejected.no-money': 'its answer has no figures or money terms (price, cost, revenue, margin)',
  'rejected.definition': 'it is a definition, not a technical hurdle',
  'rejected.usage': 'it is a customer’s how-to question, not a technical hurdle',
  'rejected.no-hurdle': 'its answer names no technical hurdle: no dependency, limit, risk or figure of scale',

  // FAQ topics: faq-finance and faq-technical-hurdles.
  'topic.finance.adjective': 'finance',
  'topic.finance.subject': 'money (cost, pricing, revenue, margins or the business model)',
  'topic.technical.adjective': 'technical',
  'topic.technical.subject': 'technical hurdles (the hardest technical problem, technical risks, dependencies, scale or architecture)',
  'faq-topic.unanswered': 'The {adjective} question “{question}” has no real answer: {why}.',
  'faq-topic.unanswered.help': 'Replace the placeholder with the answer as you know it today, including the numbers and the assumptions behind them.',
  'faq-topic.considered': 'The FAQ has no answer about {subject}: “{question}” was considered, but {reason}.',
  'faq-topic.missing': 'The FAQ has no question about {subject}.',
  'faq-topic.no-faq': 'There is no FAQ, so nothing answers questions about {subject}.',
  'skeleton.finance.question': 'What is the price, what does it cost us, and what margin do we make?',
  'skeleton.finance.prompt': 'Answer with numbers: the price customers pay, our cost to serve them, the margin, and the assumptions behind them.',
  'skeleton.finance.description': 'Adds the finance question to the FAQ, with a prompt; the check passes once you answer it.',
  'skeleton.technical.question': 'What is the hardest technical problem, and how will we solve it?',
  'skeleton.technical.prompt': 'Answer: what is new or risky, what we depend on, and how we will know it works at the scale we need.',
  'skeleton.technical.description': 'Adds the technical-hurdles question to the FAQ, with a prompt; the check passes once you answer it.',

  // Bezos's three questions.
  'criterion.big-idea.question': 'Is it a big idea?',
  'criterion.big-idea.asks': 'how big the opportunity is',
  'criterion.should-do.question': 'Is it something we should be doing?',
  'criterion.should-do.asks': 'why we should be the ones to build it',
  'criterion.plan.question': 'Is there a legitimate plan to succeed?',
  'criterion.plan.asks': 'what the plan to succeed is',
  'criterion.asked-verbatim': "Bezos's question “{question}” is asked but has no real answer: {why}.",
  'criterion.asked': "“{asked}” asks Bezos's question “{question}” but has no real answer: {why}.",
  'criterion.section-silent': "The “{section}” section does not answer Bezos's question “{question}”.",
  'criterion.missing': "Nothing answers Bezos's question “{question}”: there is no Bezos-criteria section, and no FAQ question asks {asks}.",

  // problem-section.
  'problem.empty': 'The problem section “{section}” has no real content: {why}.',
  'problem.empty.help': 'Describe the customer’s problem in their terms: who has it, how often, and what it costs them today.',
  'problem.unlabelled.paragraph': 'No section is labelled as the problem, but this paragraph states it: “{text}”',
  'problem.unlabelled.faq-answer': 'No section is labelled as the problem, but this FAQ answer states it: “{text}”',
  'problem.unlabelled.background': 'No section is labelled as the problem, but this background section states it: “{text}”',
  'problem.unlabelled.help':
    'Label it, so that reviewers find the problem where they look for it: start the paragraph with `**The problem.**`, or put it under a `### The Problem` heading in the press release.',
  'problem.label.description': 'Labels this paragraph as the customer’s problem, where reviewers look for it.',
  'problem.missing': 'Missing a problem statement: nothing is labelled as the customer’s problem, and no paragraph says what is missing or hard for them today and what it costs them.',

  // The writing rules.
  'problem-before-solution.found': 'The press release presents the solution ({solution}) on line {solutionLine}, before it states the problem on line {problemLine}.',
  'problem-from-customer.found': 'The problem statement names no customer or user and leans on what the team already has ({cues}): it reads as pieces in the pantry, not a customer’s problem.',
  'customer-quote.leader-only': 'The press release quotes only the company’s own people (“{speaker}”); it has no quote from a customer, user or partner.',
  'customer-quote.none': 'The press release has no customer quote: no one outside the company says what the product changed for them.',
  'answer-first.found': '“{question}” asks for a yes or a no, but its answer opens with “{sentence}”.',
  'finance-figures.found': '“{question}” is answered, but its answer gives no figures: no amount, price, margin, percentage or market size.',
  'finance-figures.found-others':
    '“{question}” is answered, but its answer gives no figures: no amount, price, margin, percentage or market size (nor do the {others} other finance {others|answer|answers}).',
  'press-release-length.found': 'The press release has {words} words, more than the {maxWords} that fit on about a page.',
  'template-leftovers.bracket': '“{text}” is a template slot.',
  'template-leftovers.filler': '“{text}” is filler text.',
  'template-leftovers.figure': '“{text}” is a filler figure.',
  'template-leftovers.tbd': '“{text}” is a “to be decided”.',
  'template-leftovers.instruction': '“{text}” is an instruction copied from the template.',
  'template-leftovers.in-headline': '“{text}” is {what} in the headline.',
  'template-leftovers.in-quote': '“{text}” is {what} in a quote.',
  'template-leftovers.in-dateline': '“{text}” is {what} in the dateline.',
  'template-leftovers.what.slot': 'a template slot',
  'template-leftovers.what.filler': 'filler text',
  'template-leftovers.what.figure': 'a filler figure',
  'template-leftovers.what.tbd': 'a “to be decided”',
  'template-leftovers.what.instruction': 'an instruction copied from the template',
  'template-leftovers.more': '…and {rest} more {rest|piece|pieces} of template text from here on ({listed} are listed one by one).',
  'template-leftovers.fix': 'Turns the template slot into a hidden prompt, so the page no longer shows it; write the text in its place.',

  // The engine's own findings.
  'engine.draft': '{message} (A warning, not an error: the document’s status is “{status}”.)',
  'engine.file-empty': 'The file is empty: there is no PR/FAQ to check.',
  'engine.nested': 'Lists or block quotes are nested {depth} levels deep here (the limit is {limit}); the document was not checked.',
  'engine.too-deep': 'The Markdown is too deeply nested to parse; the document was not checked.',
  'engine.front-matter': 'The front matter is not valid YAML: {reason}.',
  'suppression.no-rule': 'This prfaq-gate-disable comment names no rule, so it suppresses nothing.',
  'suppression.unknown': 'This prfaq-gate-disable comment names {count|unknown rule|unknown rules} {rules}; it was ignored.',
  'suppression.no-reason': 'Suppressing {rules} needs a reason after “--”; the suppression was ignored.',

  // Review comments.
  'comment.why': 'Why it matters:',
  'comment.how': 'How to fix:',
  'comment.suggested': 'Suggested change:',
  'comment.proposed': 'Proposed change (to {lines}, by hand):',
  'comment.line': 'line {line}',
  'comment.lines': 'lines {line}–{endLine}',
  'comment.outside-line': '📍 **[Line {line}]({link})** of this file, outside the lines this pull request changes:',
  'comment.outside-lines': '📍 **[Lines {line}–{endLine}]({link})** of this file, outside the lines this pull request changes:',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.notice': 'notice',

  // The summary comment and the job summary.
  'summary.title': 'prfaq-gate: {headline}',
  'summary.none-changed': '✅ no PR/FAQ changed in this pull request',
  'summary.all-pass': '✅ all checks pass ({files} {files|PR/FAQ|PR/FAQs})',
  'summary.counts': '{icon} {counts} in {files} {files|PR/FAQ|PR/FAQs}',
  'summary.errors': '{n} {n|error|errors}',
  'summary.warnings': '{n} {n|warning|warnings}',
  'summary.notices': '{n} {n|notice|notices}',
  'summary.check': 'Check',
  'summary.result': 'Result',
  'summary.pass': '✅ pass',
  'summary.not-checked': '➖ not checked: the file could not be read (below)',
  'summary.suppressed': '🔕 suppressed (see below)',
  'summary.other-findings': 'Other findings:',
  'summary.suppressed-findings': 'Suppressed in the document:',
  'summary.reason': 'reason: {reason}',
  'summary.footer': 'Checked at {commit} by prfaq-gate. Each rule links to its documentation.',
  'summary.since': 'Since {commit}:',
  'summary.progress': '{fixed} fixed, {added} new, {open} still open',
  'summary.progress-suppressed': '{n} suppressed',
  'summary.first-checked': 'not checked at that commit; {n} new',
  'summary.fixed': '✅ fixed {rules}',
  'summary.new': '🆕 new {rules}',
  'summary.now-suppressed': '🔕 suppressed {rules}',
  'summary.unchanged': 'nothing fixed, nothing new',
  'summary.open': '{n} still open',
  'summary.every-finding': 'Every finding',
  'summary.severity': 'Severity',
  'summary.where': 'Where',
  'summary.rule': 'Rule',
  'summary.message': 'Message',
  'summary.how': 'How to fix',
  'scorecard.problem-section': 'Problem section',
  'scorecard.faq-finance': 'FAQ answers finance',
  'scorecard.faq-technical-hurdles': 'FAQ answers technical hurdles',
  'scorecard.bezos-big-idea': 'Is it a big idea?',
  'scorecard.bezos-should-do': 'Is it something we should be doing?',
  'scorecard.bezos-plan-to-succeed': 'Is there a legitimate plan to succeed?',

  // The CLI's last line.
  'cli.checked': '{files} PR/FAQ {files|file|files} checked',
  'cli.clean': '{checked}: no problems found',
  'cli.clean-failed': '{failed}{checked}: no problems found in those',
  'cli.suppressed': ' ({n} {n|finding|findings} suppressed with a reason)',
  'cli.failed-inputs': '{n} {n|input|inputs} named nothing to check (see above); ',
  'cli.found': '{failed}{checked}: {counts} in {withFindings} {withFindings|file|files}'
} as const

export type MessageKey = keyof typeof en
