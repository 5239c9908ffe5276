// biome-ignore-all format: the word lists are packed by hand, a language or a theme per line, so that a reader can scan them
/**
 * Every word prfaq-gate knows, in one place: the section aliases, FAQ group
 * names, topic keywords and placeholders it recognises. The recognition code
 * never contains a literal heading or keyword; it reads them from here (or
 * from a team's config, which extends or replaces these lists).
 *
 * Sources: ../shared/reference/prfaq-corpus-findings.md (40 public PR/FAQs)
 * and the Working Backwards literature. Non-English aliases are the ones seen
 * in that corpus plus their obvious neighbours.
 *
 * Matching rules (see match.ts):
 * - Section aliases match a label when every word of the alias appears in the
 *   label, in order, each at the start of a label word ("faq" matches "FAQs").
 *   The alias with the most words wins. Aliases in Chinese, Japanese or Korean
 *   match as substrings. A plain line (no heading, no bold) must equal an
 *   alias exactly, because ordinary sentences would match otherwise.
 * - Topic keywords match question text at the start of a word; keywords of
 *   three characters or fewer (TAM, ROI, P&L) must match a whole word.
 */
export interface Vocabulary {
  /** Section role → label aliases. */
  sections: Record<string, string[]>
  /** Topic → words in an FAQ group label that give all of the group's questions that topic. */
  groupTopics: Record<string, string[]>
  /** Topic → keywords in a question that give it that topic. */
  topics: Record<string, string[]>
  /** Criterion topic → short labels used inside a dedicated Bezos-criteria section ("Big idea:"). */
  criteriaLabels: Record<string, string[]>
  /** First words that make a heading or bold line a question even without "?". */
  interrogatives: string[]
  /** Whole answers (or their first word) that mean "not written yet". */
  placeholders: string[]
  /** Instruction verbs a template leaves in place ("Describe the customer…"). */
  instructions: string[]
  /**
   * Words that point at a topic but cannot decide it alone ("cost" is also
   * effort, "API" also a customer's how-to): the question has the topic only
   * when its answer shows it (answerTopics, or figures).
   */
  ambiguousTopics: Record<string, string[]>
  /**
   * Risk, failure and scale asked without "technical": "What could break at 10x?", "What's most likely to go
   * wrong?", "What if the upstream API goes down?". Like an ambiguous technical word, one of these points at a
   * technical hurdle only when the answer shows systems, load or dependencies (a launch party can go wrong too),
   * and never in a question that asks why things fail in the world ("Why do AI systems fail in production?"):
   * that explains the customer's problem.
   */
  riskQuestions: string[]
  /** Topic → words in an answer that show what it is about ("gross margin", "depends on"). */
  answerTopics: Record<string, string[]>
  /** Words of an answer given in effort rather than money ("two engineers", "a few hours a month"). */
  effort: string[]
  /** Answers that only say no, or only that it is free: the customer's price, not how the product pays for itself. */
  bareAnswers: string[]
  /** How questions are written, per language (see model/recognise/questions.ts). */
  questions: QuestionWords
  /** How a problem is stated without a label, per language (see model/recognise/problem.ts). */
  problemCues: ProblemCues
  /** Words in an FAQ question that ask for the problem ("What problem does this solve?", "What is the motivation?"). */
  problemQuestions: string[]
  /** How a press release is written, and how its answers and template text look (the writing rules read these). */
  writing: WritingWords
}

/**
 * The words behind the writing rules (problem-from-customer, customer-quote,
 * problem-before-solution, answer-first, template-leftovers). Lists match as
 * topic keywords do: at the start of a word, short ones as whole words, CJK
 * anywhere.
 */
export interface WritingWords {
  /** Words that name a customer or user: whom a problem should be about. */
  customers: string[]
  /** The team's own technology and assets: "we already run", "our existing", "combine" — the pieces in the pantry. */
  assets: string[]
  /** A paragraph that presents the product: "lets you", "introduces", "ermöglicht", "できるようになります". */
  solution: string[]
  /** Titles of the company's own leaders, in a quote's attribution. */
  leaderTitles: string[]
  /** Who a customer quote is from: "customer", "user", "owner of", "Kundin", "利用者". */
  customerRoles: string[]
  /** Phrases only a template says: "goes here", "replace this", "1-2 sentences". */
  templatePhrases: string[]
  /** Verbs a template's instruction starts with ("Describe the…"); the next word must be an object (the, your, how…). */
  templateVerbs: string[]
  /** Japanese-style instructions that end the sentence: "…を記入してください". */
  templateEnds: string[]
  /** Words inside brackets that make them a slot: "[Product name]", "<Company>", "[Datum]". */
  slotWords: string[]
  /** An answer's first words that give the yes or no: "yes", "not yet", "nein", "はい", "可以". */
  directStarts: string[]
  /** Subjects and auxiliaries of a short plain answer: "It does.", "We will not.", "Es gibt". */
  answerSubjects: string[]
  answerAuxiliaries: string[]
}

export interface QuestionWords {
  /** Starts that look like questions but name things: "how to get started", "what's new". */
  notQuestions: string[]
  /** Chinese, Japanese and Korean question starts and endings (no spaces to find a first word by). */
  cjkStarts: string[]
  cjkEnds: string[]
  /** "What is …", "Was ist …": a question that asks for a definition. */
  definition: string[]
  /** "… とは", "… 是什么": definitions written at the end. */
  definitionEnds: string[]
  /**
   * Words after "What is" that ask for more than a name to be explained: a superlative, a likelihood, a condition or
   * our own ("What is most likely to go wrong?", "What are the biggest risks?", "What is our moat?"). Whole words.
   */
  notDefinition: string[]
  /** "Can I …", "Do I need …": a customer's how-to question. */
  usage: string[]
  /** Words anywhere in a question that make it a customer's how-to: compatibility and support ("Which browsers are supported?"). */
  usageWords: string[]
  /** Starts of yes/no questions. */
  yesNo: string[]
  /** Endings of yes/no questions in Chinese, Japanese and Korean. */
  cjkYesNoEnds: string[]
  /** Question words that, after a yes/no start, ask for more than a yes ("Should we, and why now?"). */
  whWords: string[]
  /** "Why …": a question that asks for a cause ("Why do AI systems fail in production?"), and the words that make it a choice instead ("Why not just use X?"). */
  why: string[]
  whyNot: string[]
}

/**
 * How a paragraph states a problem without saying "problem": what is missing
 * or impossible today, what it costs people now, and what hurts. A paragraph
 * needs cues of two kinds (see model/recognise/problem.ts).
 */
export interface ProblemCues {
  /** "does not", "there is no way to", "lack", "nicht", "できない", "无法". */
  gap: string[]
  /** "today teams must", "spend hours", "by hand", "毎回", "手动". */
  today: string[]
  /** "struggle", "frustrating", "error-prone", "problem", "困って", "痛点". */
  pain: string[]
  /** "however", "but", "unfortunately", "しかし": the turn from how things are to what is wrong with them. */
  contrast: string[]
}

/** Roles that contain other parts; the rest are press-release parts. */
export const CONTAINER_ROLES = ['pressRelease', 'faq', 'faqExternal', 'faqInternal', 'criteria', 'appendix'] as const

/** The press-release parts a PR/FAQ is expected to have, in their usual order. */
export const PRESS_RELEASE_PARTS = [
  'headline',
  'summary',
  'problem',
  'solution',
  'leaderQuote',
  'customerQuote',
  'gettingStarted'
] as const

export const DEFAULT_VOCABULARY: Vocabulary = {
  sections: {
    pressRelease: [
      'press release', 'press releases', 'working backwards', 'for immediate release', 'blog post', 'announcement',
      'future intended press release', 'press release components',
      'pressemitteilung', 'pressemeldung', 'communiqué de presse', 'comunicado de prensa', 'nota de prensa', 'comunicado de imprensa',
      'プレスリリース', '新闻稿', '보도자료', '프레스 릴리스', 'пресс-релиз'
    ],
    faq: [
      'faq', 'faqs', 'frequently asked questions', 'questions and answers', 'q&a', 'q & a',
      'häufige fragen', 'häufig gestellte fragen', 'fragen und antworten', 'foire aux questions',
      'preguntas frecuentes', 'perguntas frequentes', 'questions fréquentes', 'よくある質問', '常见问答', '常见问题', '자주 묻는 질문',
      'часто задаваемые вопросы', 'вопросы и ответы', 'вопросы-ответы'
    ],
    faqExternal: [
      'external faq', 'customer faq', 'public faq', 'user faq', 'external questions', 'customer questions', 'kundenfragen',
      'externe faq', 'kunden faq', '外部faq', '顧客faq', '外部 faq', '客户 faq', '외부 faq', 'внешний faq'
    ],
    faqInternal: [
      'internal faq', 'stakeholder faq', 'internal questions', 'stakeholder questions', 'internal faqs',
      'interne faq', 'interne fragen', '内部faq', '内部 faq', '社内faq', '社内向け', '内部向け', '面向内部', '내부 faq', '내부 검토',
      '내부 질문', 'внутренний faq', 'внутренние вопросы'
    ],
    criteria: [
      'bezos criteria', 'bezos questions', 'bezos tests', 'investment criteria', 'three questions',
      'three tests', 'the three questions', 'decision criteria', 'bar raiser questions', 'go no go criteria',
      'bezos kriterien', 'bezos fragen', 'drei fragen', 'critères de bezos', 'criterios de bezos', '三つの問い', 'ベゾスの問い', '三个问题',
      '贝佐斯', '베조스', 'критерии безоса'
    ],
    headline: ['headline', 'heading', 'title', 'überschrift', '見出し', 'タイトル', '标题', '제목'],
    summary: [
      'summary', 'summary paragraph', 'subheading', 'sub heading', 'subtitle', 'intro', 'introduction', 'overview',
      'zusammenfassung', '概要', 'サマリー', '摘要', '요약'
    ],
    problem: [
      'problem', 'problems', 'problem statement', 'customer problem', 'problem paragraph', 'pain point', 'pain points',
      'the challenge', 'das problem', 'problemstellung', 'le problème', 'el problema', '課題', '問題', '问题',
      '痛点', '문제', '문제 정의', 'проблема'
    ],
    solution: [
      'solution', 'solutions', 'solution paragraph', 'how it works', 'how the product works', 'the solution',
      'die lösung', 'lösung', 'la solution', 'la solución', '解決策', 'ソリューション', '解决方案', '해결 방법', '해결책', 'решение'
    ],
    leaderQuote: [
      'leader quote', 'leadership quote', 'ceo quote', 'company leader', 'quote from company leader', 'from the founder',
      'founder quote', 'internal quote', 'executive quote', 'stakeholder quote', 'amazon leader', 'spokesperson quote',
      'zitat der geschäftsführung', 'リーダーの引用', '领导引言', 'ceo 인용문', '리더 인용문'
    ],
    customerQuote: [
      'customer quote', 'customer quotes', 'quote from customer', 'customer testimonial', 'customer testimonials',
      'customer testimonies', 'what customers are saying', 'testimonial', 'testimonials', 'kundenzitat',
      '顧客の声', 'お客様の声', '客户引言', '客户评价', '고객 인용문', 'отзыв клиента'
    ],
    background: [
      'background', 'motivation', 'context', 'why this matters', 'hintergrund', 'motivation', 'contexte',
      'antecedentes', 'contexto', '背景', '動機', '动机', '배경', '동기', 'предыстория', 'контекст', 'мотивация'
    ],
    technicalChallenges: [
      'technical challenges', 'technical hurdles', 'technical risks', 'technical considerations', 'technical problems',
      'technical design', 'technical feasibility', 'engineering challenges', 'technische herausforderungen',
      'technische risiken', '技術的な問題点', '技術的課題', '技術課題', '技术难点', '技术挑战', '技术风险', '기술적 과제',
      '기술 과제', 'технические риски', 'технические сложности'
    ],
    appendix: [
      'appendix', 'appendices', 'references', 'approval', 'approvals', 'sign off', 'next steps', 'revision history',
      'changelog', 'glossary', 'anhang', '付録', '参考', '附录', '부록'
    ],
    gettingStarted: [
      'getting started', 'how to get started', 'get started', 'call to action', 'availability', 'pricing and availability',
      'closing', 'how to start', 'erste schritte', 'verfügbarkeit', 'はじめかた', '始め方', '利用開始', '如何开始',
      '시작 방법', '마무리 문단', 'как начать'
    ]
  },
  groupTopics: {
    finance: [
      'business', 'business model', 'economics', 'financial', 'financials', 'finance', 'pricing', 'money', 'commercial',
      'cost', 'costs', 'monetization', 'monetisation', 'geschäftsmodell', 'finanzen', 'kosten', 'ビジネス', '財務', '商业', '财务', '비즈니스', 'финансы'
    ],
    technical: [
      'technical', 'technology', 'technologies', 'tech', 'feasibility', 'engineering', 'architecture', 'implementation',
      'technisches', 'technik', 'technische', '技術', '技术', '기술', 'технические', 'технологии'
    ]
  },
  topics: {
    // Words that decide a question's topic on their own. Ambiguous ones are in ambiguousTopics.
    finance: [
      'price', 'prices', 'pricing', 'priced', 'how much does', 'how much will', 'how much is', 'how much do', 'how much would',
      'revenue', 'business model', 'make money', 'earn money', 'monetiz', 'monetis', 'margin', 'unit economics',
      'p&l', 'profit', 'roi', 'return on investment', 'break even', 'break-even', 'breakeven', 'payback',
      'market size', 'size of the market', 'tam', 'serviceable addressable', 'addressable market', 'funding', 'funded',
      'financials', 'financial model', 'financial plan', 'financial projection', 'financing', 'ebitda', 'irr', 'arr', 'mrr',
      'ltv', 'cac', 'cogs', 'paid tier',
      'subscription', 'license fee', 'who pays', 'pay for it', 'pay for this',
      'umsatz', 'geschäftsmodell', 'rentab', 'preis', 'erlös', 'prix', 'revenu', 'modèle économique', 'rentabilit',
      'precio', 'ingresos', 'modelo de negocio', 'preço', 'receita', 'modelo de negócio',
      '料金', '価格', '収益', '売上', 'ビジネスモデル', '採算', '利益', '儲', '价格', '收入', '商业模式', '盈利', '定价', '营收',
      '가격', '요금', '수익', '매출', '비즈니스 모델', '수익 모델', 'цена', 'выручк', 'финмодел', 'окупаем', 'стоимост', 'монетиз',
      'бизнес-модел', 'прибыл', 'доход'
    ],
    technical: [
      'technical', 'technically', 'technology', 'feasib', 'hardest', 'hard part', 'most difficult', 'biggest challenge',
      'key challenge', 'main challenge', 'engineering challenge', 'technical challenge', 'hurdle', 'depend on', 'depends on',
      'dependency', 'dependencies', 'scale', 'scalab', 'scaling', 'performance', 'latency', 'throughput', 'architecture',
      'technical design', 'under the hood', 'breaking change', 'alternative solutions', 'alternatives did',
      'alternatives considered', 'alternatives were', 'tech stack', 'bottleneck', 'limitations', 'how was it tested',
      'how is it tested', 'testing strategy', 'threat model', 'security model', 'data model', 'hard problem',
      'technisch', 'machbar', 'abhängigkeit', 'skalier', 'architektur', 'schwierigste', 'técnic', 'techniq',
      'viabilidad', 'faisabilit', 'viabilidade',
      '技術', '実現可能', '依存', '性能', 'スケール', 'アーキテクチャ', '難し', '難点', '課題は', '技术', '可行', '依赖', '架构',
      '难点', '难题', '挑战', '기술', '어려운', '어렵', '아키텍처', '의존', '확장성', 'техническ', 'технолог', 'архитектур',
      'масштаб', 'зависимост', '延迟', '工程风险'
    ],
    risk: [
      'risk', 'risks', 'riskiest', 'could fail', 'fail', 'kill', 'plan b', 'drawback', 'downside', 'threat',
      'what could go wrong', 'concern', 'risiko', 'risiken', 'risque', 'riesgo', 'risco', 'リスク', '懸念', '风险', '위험',
      'риск'
    ],
    'big-idea': [
      'big idea', 'how big', 'opportunity size', 'size of the opportunity', 'how large', 'market size', 'tam',
      'addressable market', 'how many customers', 'why is this big', 'worth it', 'big enough', 'big deal',
      'large opportunity', 'upside', "what's the market", 'what is the market', 'market opportunity', 'financial potential', 'market potential', 'revenue potential', 'market share',
      'share of the market', 'große idee', 'wie groß', 'marktgröße', 'marktanteil', 'potenzial', 'grande idée', 'gran idea', 'grande ideia',
      '大きなアイデア', '市場規模', 'どれくらい大き', '市场规模', '市场有多大', '机会有多大', '多大的', '시장 규모', '얼마나 큰', 'размер рынка',
      'насколько велик', 'большая идея', 'финансовый потенциал', 'потенциал рынка', 'какую долю', 'доля рынка'
    ],
    'should-do': [
      'should we', 'should be doing', 'should build', 'should do', 'why us', 'why are we', 'why we', 'why build',
      'why now', 'why should we', 'why do this', 'build, buy', 'build or buy', 'buy or partner',
      'decide not to build', 'not to do this', 'not do this', 'strategic fit', 'our strategy', 'right to win',
      'the ones to build', 'why this', 'what trends', 'which trends', 'trends led', 'what changed', 'sollten wir', 'warum wir', 'warum jetzt', 'pourquoi nous', 'pourquoi maintenant',
      'por qué nosotros', 'por qué ahora', 'por que nós', 'por que agora',
      'なぜ私たち', 'なぜ今', 'なぜやる', 'やるべき', '为什么是我们', '为什么现在', '为什么要做', '应该做', '왜 우리', '왜 지금',
      '해야 하는', 'зачем нам', 'почему мы', 'почему сейчас', 'стоит ли', 'тренды', 'что изменилось'
    ],
    plan: [
      'plan to succeed', 'legitimate plan', 'project plan', 'high-level plan', 'high level plan', 'implementation plan', 'launch plan',
      'delivery plan', 'execution plan', 'our plan', 'the plan', 'timeline', 'milestone', 'roadmap',
      'what resources', 'resources do we need', 'resourcing', 'staffing', 'how will we deliver', 'how will we build',
      'how will we execute', 'how will we get there', 'how will we measure', 'success metrics', 'measure success',
      'phases', 'kpi', 'measure project success', 'rollout', 'roll-out', 'release plan', 'what team', 'team do we need',
      'zeitplan', 'meilenstein', 'belastbaren plan', 'tragfähigen plan', 'plan zum erfolg', 'wie gehen wir vor', 'plan de', 'calendrier', 'cronograma', 'hoja de ruta',
      '計画', 'スケジュール', 'ロードマップ', 'マイルストーン', '成功指標', 'どのように測定', '成功を測', '计划', '里程碑', '路线图', '时间表', '계획', '일정', '로드맵',
      'план', 'сроки', 'этапы', 'дорожн'
    ]
  },
  ambiguousTopics: {
    finance: [
      'cost', 'costs', 'costing', 'cost to run', 'cost to operate', 'cost us', 'operating cost', 'running cost', 'budget',
      'investment', 'invest', 'investor', 'expense', 'spend', 'pay', 'pays',
      'paying', 'paid', 'is it free', 'why is it free', 'why free', 'stay free', 'discount', 'discounts', 'fee', 'fees',
      'economics', 'finance', 'financial', 'financially',
      'commercial', 'charge', 'license', 'licensing', 'sustain', 'money', 'kosten', 'kostet', 'kostenlos', 'gratis',
      'bezahl', 'coût', 'gratuit', 'cuánto cuesta', 'costo de', 'quanto custa', 'custo de', 'grátis', 'コスト', '費用', '予算', '無料', '有料', 'お金',
      '成本', '预算', '免费', '费用', '收费', '付费', '钱', 'descuento', 'desconto', 'rabatt', 'remise', 'réduction',
      'скидк', '割引', '折扣', '优惠', '할인', '비용', '예산', '무료', '유료', 'затрат', 'бюджет', 'бесплатн', 'платн'
    ],
    technical: [
      'api', 'apis', 'protocol', 'reliab', 'integration', 'integrate', 'security', 'secure', 'data', 'stack',
      'infrastructure', 'implementation', 'implement', 'built on', 'built with', 'encrypt', 'sla', 'availability',
      'how does it work', 'how does this work', 'how it works', 'offline', 'compatib', 'deploy', 'hosting', 'self-host',
      'privacy', 'challenges', 'migrat', 'keep us from', 'stop us from', 'blocker', 'blockers', 'at once', 'at the same time', 'peak', 'spike', 'load', 'traffic', 'a la vez',
      'al mismo tiempo', 'gleichzeitig', 'ansturm', 'en même temps', 'ao mesmo tempo', '同時', '同时', '高峰', '동시에', '몰릴',
      'одновременно', 'нагрузк', 'why not just', 'why not use', 'why not build on', 'instead of using', 'different from',
      'differ from', 'how is it different', 'how is this different', 'compared to', 'compared with', 'alternatives',
      '有什么不同', '有何不同', '区别', '違い', '比べ', '차이', 'чем отличается', 'отличие', 'sicherheit', 'integración', 'sécurité', 'セキュリティ', '安全', '보안', 'безопасност',
      'интеграц', 'сложн', 'трудн'
    ]
  },
  riskQuestions: [
    'risk', 'risks', 'riskiest', 'risky', 'go wrong', 'goes wrong', 'going wrong', 'went wrong',
    // Not "break" alone: "When do we break even?" is money; nor "break down": "Can you break down the costs?".
    'could break', 'might break', 'would break', 'will break', 'what breaks', 'breaks first', 'break first', 'break under',
    'breaks under', 'break at', 'breaks at', 'break if', 'breaks if', 'break when', 'breaks when', 'breaks down',
    'fail', 'fails', 'failing', 'failure', 'failures', 'go down', 'goes down', 'went down', 'is down', 'are down', 'outage',
    'outages', 'downtime', 'crash', 'overload', 'unavailable', 'worst case', 'worst-case', 'keeps you up at night',
    'keep you up at night', 'single point of failure', 'capacity', '10x', '100x', '1000x', 'tenfold', 'ten times',
    'schief', 'ausfall', 'ausfäll', 'fällt aus', 'fallen aus', 'brech', 'bricht', 'kaputt', 'störung', 'überlast',
    'zehnfach', 'risiko', 'risiken', 'mal tourner', 'mal se passer', 'panne', 'casse', 'échou', 'défaillan',
    'indisponib', 'surcharge', 'dix fois', 'risque', 'salir mal', 'fallar', 'falla', 'fallo', 'se cae', 'caída', 'romper',
    'rompe', 'sobrecarga', 'diez veces', 'riesgo', 'dar errado', 'falhar', 'falha', 'quebrar', 'quebra', 'fora do ar',
    'cair', 'dez vezes', 'risco', 'carga', 'слома', 'не так', 'упад', 'отказ', 'сбой', 'сбоя', 'сбои', 'недоступ',
    // Not ダウン, 다운 alone: ダウンロード, 다운로드 are a download.
    'перегруз', 'десятикрат', 'в десять раз', 'риск', '壊れ', '落ち', '障害', 'ダウンし', 'ダウンす', 'ダウン時', '停止', '失敗', '10倍',
    '十倍', 'リスク', '負荷', 'うまくいかな', '宕机', '故障', '出问题', '崩溃', '挂了', '失败', '风险', '负载', '고장', '장애', '다운되',
    '다운될', '다운돼', '실패',
    '10배', '위험', '부하', '잘못될', '잘못되', '중단'
  ],
  answerTopics: {
    // Answer words that show money on their own (amounts of money count too: model/recognise/figures.ts).
    finance: [
      'revenue', 'margin', 'per month', 'per year', 'per seat', 'per user', 'per license', '/month', '/mo', '/year', '/yr',
      'break even', 'break-even', 'paid plan', 'paid tier', 'license fee', 'licence fee', 'funded by', 'budget of', 'arr',
      'mrr', 'cac', 'ltv', 'roi', 'payback', 'unit economics', 'profit', 'ebitda', 'tam', 'market size', 'monetiz',
      'business model', 'cost of goods', 'gross', 'umsatz', 'marge', 'pro monat', 'im monat', 'pro jahr', 'mitgliedsbeitr',
      'par mois', "chiffre d'affaires", 'al mes', 'por mes', 'por mês', 'receita', '月額', '年額', '売上', '利益', '粗利',
      '課金', '每月', '每年', '利润', '毛利', '营收', '매출', '이익', '월 구독', 'выручк', 'прибыл', 'маржа', 'в месяц', 'в год',
      'irr'
    ],
    // Weaker: two of these, or one with an amount of money.
    'finance-terms': [
      'pricing', 'price', 'subscription', 'free tier', 'freemium', 'sponsor', 'grant', 'donation', 'advertising', 'tier',
      'enterprise plan', 'paid', 'charge', 'fee', 'fees', 'billable', 'förder', 'preis', 'prix', 'precio', 'preço',
      'スポンサー', '広告', '有料', '赞助', '付费', '订阅', '收费', '구독', '유료', 'подписк', 'платн'
    ],
    // Answer words that name a hurdle: a limit, a trade-off, a risk taken.
    technical: [
      'hardest', 'hard part', 'challenge', 'difficult', 'mitigat', 'trade-off', 'tradeoff', 'trade off', 'limitation',
      'limit', 'edge case', 'unsolved', 'non-goal', 'would break', 'risk', 'bottleneck', 'depends on',
      'dependency', 'dependencies', 'herausforder', 'schwierig', 'einschränk', 'abhängig', 'riesgo', 'difícil', 'dependencia',
      'límite', 'risque', 'difficile', 'dépend', 'risco', 'dependência', '難し', '課題', '制約', '依存', '上限',
      '取舍', '难', '风险', '依赖', '瓶颈', '어렵', '한계', '의존', '위험', 'сложност', 'огранич', 'риск', 'зависит',
      // What fails, and how: an outage, a saturated part, a single point of failure.
      'depend on', 'rely on', 'relies on', 'fail silently', 'outage', 'single point of failure', 'saturat', 'overload',
      'fail over', 'fails over', 'ausfall', 'ausfäll', 'überlast', 'störung', 'panne', 'défaillan', 'surcharge', 'caída', 'se cae',
      'sobrecarga', 'fora do ar', 'сбой', 'сбоя', 'сбои', 'перегруз', 'упир', '障害', '飽和', 'ダウンし', 'ダウンす', 'ダウン時',
      '故障', '宕机', '饱和', '장애', '포화', '고장'
    ],
    // Answer words of technical substance: with a hurdle word, or three of them with a figure of scale.
    'technical-terms': [
      'latency', 'throughput', 'milliseconds', 'requests per second', 'qps', 'concurrent', 'scale to', 'scales',
      'fallback', 'failover', 'consistency', 'race condition', 'backpressure', 'sharding', 'replicat', 'migration',
      'backward compatib', 'backwards compatib', 'breaking change', 'prototype', 'proof of concept', 'benchmark', 'memory',
      'cpu', 'gpu', 'architecture', 'encrypt', 'end-to-end', 'at rest', 'in transit', 'server', 'database', 'storage',
      'schema', 'protocol', 'api', 'cache', 'queue', 'index', 'runtime', 'compiler', 'type check', 'parser', 'kernel',
      'offline', 'sync', 'algorithm', 'infrastructure', 'deploy', 'latenz', 'speicher',
      'servidor', 'escal', 'latencia', 'latência', 'base de datos', 'banco de dados', 'caché', 'cola de', 'fila de', 'carga',
      'serveur', 'latence', 'base de données', "file d'attente", 'charge', 'datenbank', 'warteschlange', 'last',
      'レイテンシ', 'ボトルネック', 'サーバー', 'データベース', 'アーキテクチャ', 'キュー', '負荷', '遅延', '延迟', '瓶颈', '架构',
      '性能', '插件', '服务器', '数据库', '队列', '负载', '并发', '지연', '병목', '아키텍처', '서버', '데이터베이스', '부하', '트래픽',
      'задержк', 'архитектур', 'сервер', 'база данных', 'очеред', 'нагрузк', 'лимит',
      // How a system survives load and failure.
      'retry', 'retries', 'backoff', 'back off', 'fall back', 'falls back', 'health check', 'circuit breaker', 'rate limit', 'timeout', 'region',
      'replica', 'shard', 'load test', 'load-test', 'sdk', 'writes per second', 'reads per second', 'lasttest', 'replik',
      'bascul', 'réplica', 'reintent', 'шардир', 'реплик', 'повторн', '再試行', 'リトライ', 'フェイルオーバー',
      'シャード', 'レプリカ', '重试', '分片', '副本', '限流', '재시도', '샤딩', '복제'
    ]
  },
  effort: [
    'hour', 'hours', 'day a', 'days', 'week', 'weeks', 'engineer', 'engineers', 'fte', 'person-', 'people', 'maintainer',
    'maintainers', 'maintenance', 'effort', 'sprint', 'on-call', 'volunteer', 'stunden', 'tage', 'aufwand', 'heures',
    'horas', '工数', '人月', '時間', '时间', '人力', '시간', '인력', 'часов', 'человек'
  ],
  bareAnswers: [
    'no', 'nope', 'none', 'free', 'it is free', "it's free", 'no, it is free', "no, it's free", 'nein', 'kostenlos',
    'gratis', 'non', 'gratuit', 'não', 'grátis', 'нет', 'бесплатно', 'いいえ', '無料', '无', '免费', '不', '아니요', '무료'
  ],
  questions: {
    notQuestions: [
      'how to', 'how we', 'how it works', "what's new", 'what is new', "what's next", 'what next', 'who we are',
      'what we', 'why we', 'wie es funktioniert', 'so funktioniert', 'comment ça marche'
    ],
    cjkStarts: [
      'なに', 'なん', 'どのよう', 'どれくらい', 'いかが', 'なぜ', 'どう', 'どの', 'どこ', 'どれ', 'どんな', 'いつ', '誰', '何', 'いくら', '为什么', '为何', '怎么', '怎样', '如何',
      '什么', '哪', '谁', '多少', '是否', '能否', '무엇', '뭐', '어떻게', '왜', '언제', '누가', '누구', '어디', '얼마', '어느', '어떤'
    ],
    cjkEnds: ['か', 'かな', 'ですか', 'ますか', 'のか', '吗', '呢', '么', '까', '나요', '가요', '니', '죠', '습니까', '인가요'],
    definition: [
      'what is', 'what are', "what's", 'was ist', 'was sind', "qu'est-ce que", 'qu’est-ce que', 'qué es', 'que es',
      'o que é', 'что такое', 'what exactly is', '什么是', '何是'
    ],
    definitionEnds: ['とは', 'とは何', 'とは何ですか', '是什么', '是啥', '란', '이란', '란 무엇인가요', '이란 무엇인가요', '란 무엇인가'],
    notDefinition: [
      'most', 'least', 'likely', 'likeliest', 'biggest', 'largest', 'greatest', 'hardest', 'riskiest', 'worst', 'best', 'main',
      'top', 'key', 'first', 'to', 'if', 'when', 'going', 'our', 'we', 'us',
      'meisten', 'wahrscheinlich', 'wahrscheinlichste', 'wahrscheinlichsten', 'größte', 'größten', 'schwierigste', 'wenn',
      'falls', 'unser', 'unsere', 'plus', 'probable', 'principal', 'principale', 'si', 'notre', 'nos', 'más', 'mayor',
      'nuestro', 'nuestra', 'mais', 'provável', 'maior', 'nosso', 'nossa', 'самый', 'самая', 'самое', 'наиболее', 'если',
      'наш', 'наша'
    ],
    usage: [
      'can i', 'can you', 'do i need', 'is it possible to', 'how do i', 'how can i',
      'how do you', 'where can i', 'kann ich', 'muss ich', 'brauche ich', 'geht das', 'puis-je', 'est-ce que je',
      'puedo', 'posso', 'можно ли', 'могу ли'
    ],
    usageWords: [
      'supported', 'support for', 'compatible with', 'work with my', 'test environment', 'sandbox account', 'file formats',
      'unterstützt', 'kompatibel', 'testumgebung', 'dateiformate', 'soportad', 'compatible con', 'pris en charge', 'suportad',
      '対応して', '対応し', '支持哪些', '支持吗', '지원하나요', '지원되나요', 'поддерживает', 'поддерживаются'
    ],
    yesNo: [
      // Not "was": in German it asks "what" ("Was kostet das?"), and English rarely opens an FAQ question with it.
      'is', 'are', 'were', 'can', 'could', 'do', 'does', 'did', 'will', 'would', 'should', 'shall', 'may', 'might',
      'has', 'have', 'had', 'must', 'ist', 'sind', 'kann', 'können', 'gibt es', 'muss', 'müssen', 'wird', 'werden', 'hat',
      'haben', 'soll', 'sollten', 'est-ce', 'peut-on', 'y a-t-il', 'es', 'hay', 'puede', 'se puede', 'é', 'há', 'pode',
      'ли'
    ],
    whWords: [
      'why', 'how', 'what', 'which', 'when', 'where', 'who', 'whom', 'whose', 'warum', 'wieso', 'weshalb', 'wie', 'was',
      'welche', 'welcher', 'welches', 'wann', 'wo', 'wer', 'pourquoi', 'comment', 'quand', 'quel', 'quelle', 'quels',
      'quelles', 'qui', 'por qué', 'porque', 'cómo', 'como', 'cuándo', 'cuál', 'qué', 'dónde', 'quién', 'quando', 'qual',
      'onde', 'quem', 'почему', 'как', 'что', 'когда', 'где', 'кто', 'какой', 'зачем'
    ],
    why: ['why', 'warum', 'wieso', 'weshalb', 'pourquoi', 'por qué', 'por que', 'porque', 'почему', 'なぜ', 'どうして', '为什么', '为何', '왜'],
    whyNot: ['why not', 'warum nicht', 'pourquoi ne pas', 'pourquoi pas', 'por qué no', 'por que não', 'почему не', 'なぜ使わない', '为什么不', '왜 안'],
    cjkYesNoEnds: ['ますか', 'ですか', 'できますか', 'ありますか', '吗', '是否', '能否', '나요', '습니까', '인가요', '가요', '까']
  },
  problemCues: {
    gap: [
      'does not', "doesn't", 'do not', "don't", 'did not', 'cannot', "can't", 'could not', 'unable to', 'no way to',
      'there is no', "there's no", 'there are no', 'no easy way', 'no good way', 'no single', 'no standard', 'lack',
      'lacks', 'lacking', 'missing', 'nobody', 'no one', 'fails to', 'fail to', 'falls short', 'fall short', 'gap',
      'without a', 'with no', 'not designed for', 'not built for', 'no longer', 'nicht', 'kein', 'keine', 'fehlt', 'fehlen',
      'ne peut', 'ne peuvent', "n'existe", 'manque', 'no puede', 'no pueden', 'no hay', 'falta', 'não há', 'não pode',
      'não conseguem', 'нет ', 'не ', 'невозможно', 'отсутств', 'できない', 'できず', 'がない', 'ない。', '不足', '欠け',
      '无法', '不能', '没有', '缺乏', '缺少', '없', '못', '부족'
    ],
    today: [
      'today,', 'today they', 'today teams', 'today customers', 'today users', 'today people', 'today developers', 'today you',
      'today it takes', 'today there is', 'currently', 'right now', 'at the moment', 'still', 'have to', 'has to', 'must',
      'forced to', 'spend hours', 'hours each week', 'hours every week', 'every day', 'each week',
      'spend days', 'spends', 'spending', 'every time', 'every week', 'every month', 'by hand', 'manually', 'manual',
      'copy and paste', 'workaround', 'heute müssen', 'heute verbring', 'verbringt', 'verbringen', 'jeden monat', 'jede woche',
      'derzeit', 'müssen', 'manuell', 'jedes mal', 'von hand', 'im kopf', 'doivent',
      'manuellement', 'hoy en día', 'tienen que', 'hoje em dia', 'precisam', 'сейчас', 'приходится', 'вручную', '現在', '今は',
      '毎回', '手作業', '手動', '目前', '现在', '每次', '手动', '现状', '현재', '지금', '매번', '수동'
    ],
    pain: [
      'problem', 'struggle', 'frustrat', 'painful', 'pain', 'hard to', 'difficult', 'tedious', 'error-prone', 'slow',
      'waste', 'wasted', 'lose', 'loses', 'losing', 'lost', 'expensive', 'costly', 'risky', 'broken', 'outdated', 'stuck',
      'hostage', 'lock-in', 'locked', 'fragmented', 'scattered', 'a mess', 'messy', 'brittle', 'fragile', 'unreliable',
      'confusing', 'overwhelm', 'burden', 'bottleneck', 'delays', 'shrinking', 'limitation', 'hard part', 'drops', 'silently',
      'inconsistent', 'give up', 'guessing', 'incomplete', 'scribble', 'unpaid', 'unbezahlt', 'fehleranfällig', 'umständlich',
      'zeitraubend', 'mühsam',
      'schwierig', 'aufwendig', 'aufwändig', 'verlieren', 'teuer', 'problème', 'difficile', 'perdent', 'coûteux',
      'problema', 'difícil', 'pierden', 'caro', 'perdem', 'проблем', 'сложно', 'трудно', 'теряют', 'долго', 'дорого',
      '困って', '課題', '問題', '面倒', '難しい', '時間がかかる', '煩雑', '手間', '问题', '痛点', '困难', '耗时', '浪费', '麻烦',
      '문제', '불편', '어렵', '낭비', '번거', '時間がかか', '膨大', '分散', 'かかる', '探すのに', '見つからない', 'ばらばら', '負担', '人手不足', '手間がかか', '非効率', '耗费', '繁琐',
      '低效', '부담', '비효율'
    ],
    contrast: [
      'however', 'but today', 'but it', 'but they', 'but there', 'unfortunately', 'instead', 'jedoch', 'leider', 'allerdings', 'cependant',
      'malheureusement', 'sin embargo', 'no entanto', 'однако', 'к сожалению', 'しかし', 'ところが', '但是', '然而', '可惜',
      '하지만', '그러나'
    ]
  },
  problemQuestions: [
    'what problem', 'which problem', 'problem does', 'problem are we', 'problems does', 'motivation', 'why another',
    'pain point', 'why is this needed', 'why do we need',
    'why does this exist', 'welches problem', 'warum brauch', 'quel problème', 'qué problema', 'que problema',
    'какую проблему', 'зачем нужен', 'зачем нужна', '解決する課題', 'どんな課題', 'なぜ必要', '解决什么', '什么问题',
    '为什么需要', '어떤 문제', '왜 필요'
  ],
  criteriaLabels: {
    'big-idea': ['big idea', 'big', 'idea', 'opportunity', 'size'],
    'should-do': ['should', 'should we', 'should do', 'why us', 'why now', 'right thing', 'strategic'],
    plan: ['plan', 'legitimate plan', 'plan to succeed', 'execution', 'path to success']
  },
  interrogatives: [
    'what', "what's", 'why', 'how', 'when', 'who', 'whom', 'whose', 'where', 'which', 'is', 'are', 'was', 'were',
    'can', 'could', 'do', 'does', 'did', 'will', 'would', 'should', 'shall', 'may', 'might', 'has', 'have',
    'warum', 'wie', 'wann', 'wer', 'wo', 'welche', 'welcher', 'welches', 'gibt', 'kann', 'ist', 'sind', 'muss',
    'pourquoi', 'comment', 'quand', 'qui', 'quel', 'quelle', 'quels', 'quelles', 'combien', 'est-ce', 'où',
    'por qué', 'por que', 'cómo', 'como', 'cuándo', 'quando', 'quién', 'quem', 'qué', 'que', 'cuál', 'cuánto', 'quanto',
    'qual', 'onde', 'dónde',
    'как', 'какие', 'какой', 'какая', 'каким', 'какую', 'каков', 'почему', 'зачем', 'что', 'кто', 'где', 'когда',
    'сколько', 'чем', 'чего', 'можно', 'нужно', 'будет', 'есть'
  ],
  placeholders: [
    'tbd', 'tba', 'tbc', 'todo', 'to do', 'to be decided', 'to be determined', 'to be defined', 'n/a', 'na', 'none yet',
    'coming soon', 'fixme', 'wip', 'xxx', 'lorem ipsum', 'placeholder', 'answer here', 'your answer here',
    'noch offen', 'offen', '未定', '検討中', '待定', '미정'
  ],
  instructions: [
    'describe', 'explain', 'list', 'insert', 'write', 'add', 'replace', 'summarize', 'summarise', 'provide', 'state',
    'include', 'fill in', 'enter', 'outline', 'answer', 'detail', 'identify', 'specify', 'quote', 'name', 'give',
    'beschreibe', 'beschreiben', 'erkläre', 'erklären'
  ],
  writing: {
    customers: [
      'customer', 'user', 'client', 'buyer', 'shopper', 'consumer', 'subscriber', 'member', 'people', 'person', 'developer',
      'engineer', 'admin', 'administrator', 'operator', 'analyst', 'owner', 'manager', 'team', 'teams', 'staff', 'employee',
      'seller', 'merchant', 'partner', 'patient', 'doctor', 'nurse', 'student', 'teacher', 'parent', 'family', 'families',
      'traveler', 'traveller', 'driver', 'reader', 'writer', 'author', 'creator', 'designer', 'researcher', 'scientist',
      'small business', 'businesses', 'companies', 'organizations', 'organisations', 'enterprises', 'who', 'anyone',
      'everyone',
      'kunde', 'kundin', 'kunden', 'nutzer', 'nutzerin', 'benutzer', 'anwender', 'mitarbeiter', 'entwickler', 'menschen',
      'unternehmen',
      '顧客', 'お客様', 'ユーザー', '利用者', '開発者', '担当者', '社員', '従業員', '企業', '人々', '方々',
      '客户', '用户', '使用者', '开发者', '企业', '고객', '사용자', '개발자', 'client', 'utilisateur', 'usuario', 'usuário',
      'клиент', 'пользовател'
    ],
    assets: [
      'we already', 'we have already', "we've already", 'we already have', 'we already run', 'we already own', 'our existing',
      'our current platform', 'our platform', 'our infrastructure', 'our technology', 'our technologies', 'our assets',
      'our data', 'our stack', 'our tech', 'our capabilities', 'leverage our', 'leveraging our', 'reuse our', 'combine',
      'combined', 'combining', 'in-house', 'we own', 'we have built', "we've built", 'we built', 'we could build',
      'we can build', 'could become a product', 'productize', 'productise', 'monetize our', 'monetise our',
      'wir haben bereits', 'wir betreiben bereits', 'unsere bestehende', 'unsere vorhandene', 'unsere plattform',
      'unsere technologie', 'unsere infrastruktur', 'kombinieren', 'kombiniert', 'bündeln',
      '既存の', '自社の', '当社の技術', '当社の基盤', '組み合わせ', '既に持って', 'すでに持って', '活用して',
      '现有的', '我们已经', '组合', '结合', '기존', '보유한'
    ],
    solution: [
      'introduces', 'introducing', 'is a new', 'are new', 'lets', 'enables', 'allows', 'solves', 'makes it easy',
      'now can', 'can now', 'that is why we built', "that's why we built", 'we built', 'to solve this', 'the solution',
      
      'ermöglicht', 'löst', 'macht es einfach', 'können jetzt',
      '解決', '可能にします', 'できるようになります', '実現します', '提供します', '使えば', '解决'
    ],
    leaderTitles: [
      'ceo', 'cto', 'cfo', 'coo', 'cpo', 'cio', 'ciso', 'chief', 'president', 'vice president', 'vp', 'svp', 'evp',
      'director', 'head of', 'general manager', 'gm', 'founder', 'co-founder', 'cofounder', 'product manager',
      'product lead', 'product owner', 'engineering manager', 'program manager', 'team lead', 'lead engineer',
      'principal', 'leader', 'executive',
      'geschäftsführer', 'geschäftsführerin', 'vorstand', 'leiter', 'leiterin', 'gründer', 'gründerin', 'bereichsleiter',
      '代表取締役', '社長', '責任者', '部長', '本部長', '事業部長', '取締役', '執行役員', 'マネージャー', 'リーダー',
      '总裁', '首席', '负责人', '总经理', '경영자', '대표', '책임자', 'директор', 'руководител'
    ],
    customerRoles: [
      'customer', 'user', 'client', 'partner', 'beta', 'early adopter', 'pilot', 'tester', 'subscriber', 'owner of',
      'member of', 'resident', 'patient', 'student', 'teacher', 'parent',
      'kunde', 'kundin', 'nutzer', 'nutzerin', 'anwender', 'anwenderin', 'partner',
      '顧客', 'お客様', 'ユーザー', '利用者', 'パートナー', '客户', '用户', '고객', '사용자', 'клиент', 'пользовател'
    ],
    templatePhrases: [
      'goes here', 'go here', 'replace this', 'delete this', 'remove this', 'this section should', 'this section describes',
      'use this section', 'in this section,', 'one or two sentences', '1-2 sentences', '2-3 sentences', 'one paragraph',
      'insert here', 'your product name', 'your company name', 'quote from a customer', 'quote from a leader',
      'hier einfügen', 'hier eintragen', 'dieser abschnitt', 'ここに記入', 'ここに記載', 'ここに書', '在此填写', '在这里填写'
    ],
    templateVerbs: [
      'describe', 'explain', 'summarize', 'summarise', 'insert', 'fill in', 'outline', 'elaborate on', 'articulate',
      'beschreiben sie', 'erklären sie', 'fassen sie', 'beschreibe', 'erkläre', 'nennen sie', 'fügen sie'
    ],
    templateEnds: ['を記入してください', 'を記述してください', 'を記載してください', 'を書いてください', 'を説明してください', 'を入力してください', '请填写', '请描述'],
    slotWords: [
      'name', 'date', 'product', 'company', 'customer', 'partner', 'leader', 'quote', 'city', 'location', 'title', 'feature',
      'service', 'team', 'price', 'amount', 'number', 'metric', 'insert', 'add', 'describe', 'placeholder', 'organization',
      'organisation', 'role', 'month', 'year', 'launch', 'headline', 'tbd', 'todo', 'xx', 'here', 'your', 'benefit',
      'problem', 'solution',
      'datum', 'produkt', 'firma', 'unternehmen', 'kunde', 'stadt', 'titel', 'preis',
      '製品', '会社', '顧客', '日付', '名前', '氏名', '社名', 'サービス名', '产品', '公司', '日期', '名称'
    ],
    directStarts: [
      'yes', 'yeah', 'yep', 'no', 'nope', 'not', 'not necessarily', 'not yet', 'not at first', 'not initially', 'not in', 'not now', 'not really',
      'not for', 'not at launch', 'absolutely', 'definitely', 'certainly', 'of course', 'correct', 'exactly', 'right',
      'sure', 'partly', 'partially', 'mostly', 'sometimes', 'in most cases', 'in some cases', 'only', 'never', 'always',
      'eventually', 'initially', 'at launch', 'it depends', 'depends', 'maybe', 'possibly', 'probably', 'likely',
      'unlikely', 'none', 'neither', 'both', 'nothing', 'all', 'soon', 'later',
      'ja', 'nein', 'noch nicht', 'nicht', 'doch', 'teilweise', 'genau', 'richtig', 'natürlich', 'selbstverständlich',
      'zunächst nicht', 'nur', 'oui', 'non', 'pas encore', 'sí', 'si', 'todavía no', 'sim', 'não', 'да', 'нет', 'пока нет',
      '네', '예', '아니요', '아니오', '아니요.', '물론', '아직', '가능합니다', '됩니다', '안 됩니다', '당연히',
      'もちろん', '可能です', '不可能です', '是', '不是', '不能', '不会', '当然', '暂不', '目前不', '还不',
      'はい', 'いいえ', 'いえ', 'まだ', 'できます', 'できません', 'あります', 'ありません', '可以', '不', '是的', '没有', '能',
      '예', '네', '아니요', '아니오', '아직'
    ],
    answerSubjects: [
      'it', 'we', 'they', 'you', 'this', 'that', 'there', 'customers', 'users', 'the product', 'the service', 'the team',
      'es', 'wir', 'sie', 'das', 'man'
    ],
    answerAuxiliaries: [
      'is', "isn't", 'are', "aren't", 'was', 'were', 'do', 'does', "don't", "doesn't", 'did', "didn't", 'can', "can't",
      'cannot', 'could', "couldn't", 'will', "won't", 'would', "wouldn't", 'should', "shouldn't", 'must', 'may', 'might',
      'has', "hasn't", 'have', "haven't", 'need', 'needs', 'plan', 'expect',
      'ist', 'sind', 'wird', 'werden', 'kann', 'können', 'gibt', 'hat', 'haben', 'muss', 'müssen', 'soll', 'sollen'
    ]
  }
}
