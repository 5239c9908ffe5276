import type { Catalog, RuleTexts } from './catalog.js'

/** 日本語のメッセージ。キーとプレースホルダーは en.ts と同じ（テストで確認）。 */
export const ja: Catalog = {
  quote: '「{text}」',
  'list.separator': '、',

  'why.too-short': '{noun}は{words}語しかありません（{minimum}語以上が必要です）',
  'why.empty': '{noun}が空です',
  'why.only': '{noun}が「{placeholder}」だけです',
  'noun.answer': '回答',
  'noun.section': 'セクション',

  'rejected.customer-price': '回答が「{answer}」だけです。これは顧客にとっての価格で、製品がどう採算を取るかではありません',
  'rejected.effort': '回答が金額ではなく工数（人と時間）で書かれています',
  'rejected.no-money': '回答に数字もお金に関する語（価格、コスト、売上、利益率）もありません',
  'rejected.definition': '用語の説明であって、技術的な課題ではありません',
  'rejected.usage': '顧客の使い方に関する質問であって、技術的な課題ではありません',
  'rejected.no-hurdle': '回答が技術的な課題を挙げていません（依存関係、制約、リスク、規模の数字がありません）',

  'topic.finance.adjective': '財務',
  'topic.finance.subject': 'お金（コスト、価格、売上、利益率、ビジネスモデル）',
  'topic.technical.adjective': '技術',
  'topic.technical.subject': '技術的な課題（最も難しい技術的問題、技術リスク、依存関係、規模、アーキテクチャ）',
  'faq-topic.unanswered': '{adjective}に関する質問「{question}」に実質的な回答がありません。{why}。',
  'faq-topic.unanswered.help': 'プレースホルダーを、現時点で分かっている回答に置き換えてください。数字とその前提も書きます。',
  'faq-topic.considered': 'FAQに{subject}についての回答がありません。「{question}」を検討しましたが、{reason}。',
  'faq-topic.missing': 'FAQに{subject}についての質問がありません。',
  'faq-topic.no-faq': 'FAQがないため、{subject}についての質問に何も答えていません。',
  'skeleton.finance.question': '価格はいくらで、コストはいくらかかり、利益率はどれくらいですか？',
  'skeleton.finance.prompt': '数字で答えてください：顧客が支払う価格、提供にかかるコスト、利益率、そしてその前提。',
  'skeleton.finance.description': 'FAQに財務の質問と記入の案内を追加します。回答を書くとチェックに通ります。',
  'skeleton.technical.question': '最も難しい技術的な問題は何で、どう解決しますか？',
  'skeleton.technical.prompt': '回答：何が新しく何がリスクか、何に依存するか、必要な規模で動くことをどう確かめるか。',
  'skeleton.technical.description': 'FAQに技術的課題の質問と記入の案内を追加します。回答を書くとチェックに通ります。',

  'criterion.big-idea.question': 'それは大きなアイデアか？',
  'criterion.big-idea.asks': '機会がどれほど大きいか',
  'criterion.should-do.question': '私たちがやるべきことか？',
  'criterion.should-do.asks': 'なぜ私たちが作るべきか',
  'criterion.plan.question': '成功のための確かな計画はあるか？',
  'criterion.plan.asks': '成功のための計画は何か',
  'criterion.asked-verbatim': 'ベゾスの問い「{question}」が問われていますが、実質的な回答がありません。{why}。',
  'criterion.asked': '「{asked}」はベゾスの問い「{question}」を問うていますが、実質的な回答がありません。{why}。',
  'criterion.section-silent': '「{section}」セクションがベゾスの問い「{question}」に答えていません。',
  'criterion.missing': 'ベゾスの問い「{question}」に何も答えていません。ベゾス基準のセクションがなく、{asks}を問うFAQの質問もありません。',

  'problem.empty': '課題のセクション「{section}」に実質的な内容がありません。{why}。',
  'problem.empty.help': '顧客の課題を顧客の言葉で書いてください：誰が困っていて、どれくらいの頻度で、今どれだけのコストがかかっているか。',
  'problem.unlabelled.paragraph': '課題と見出しのついたセクションはありませんが、この段落が課題を述べています：「{text}」',
  'problem.unlabelled.faq-answer': '課題と見出しのついたセクションはありませんが、このFAQの回答が課題を述べています：「{text}」',
  'problem.unlabelled.background': '課題と見出しのついたセクションはありませんが、この背景のセクションが課題を述べています：「{text}」',
  'problem.unlabelled.help': 'レビュアーが探す場所で見つけられるよう、見出しをつけてください：段落を `**The problem.**` で始めるか、プレスリリースの `### The Problem` 見出しの下に置きます。',
  'problem.label.description': 'この段落に顧客の課題という見出しをつけ、レビュアーが探す場所に置きます。',
  'problem.missing': '課題の記述がありません：顧客の課題という見出しがなく、顧客が今何に欠け何に困り、どれだけのコストを負っているかを述べた段落もありません。',

  'problem-before-solution.found': 'プレスリリースが{problemLine}行目で課題を述べる前に、{solutionLine}行目で解決策（{solution}）を示しています。',
  'problem-from-customer.found': '課題の記述が顧客や利用者に触れず、チームがすでに持っているもの（{cues}）に頼っています。顧客の課題ではなく「棚にある材料」の発想に見えます。',
  'customer-quote.leader-only': 'プレスリリースが自社の人（「{speaker}」）だけを引用していて、顧客・利用者・パートナーの声がありません。',
  'customer-quote.none': 'プレスリリースに顧客の声がありません：製品で何が変わったかを社外の人が語っていません。',
  'answer-first.found': '「{question}」ははい・いいえで答える質問ですが、回答が「{sentence}」で始まっています。',
  'finance-figures.found': '「{question}」には回答がありますが、数字がありません：金額、価格、利益率、割合、市場規模のどれもありません。',
  'finance-figures.found-others': '「{question}」には回答がありますが、数字がありません：金額、価格、利益率、割合、市場規模のどれもありません（ほかの{others}件の財務の回答にもありません）。',
  'press-release-length.found': 'プレスリリースが{words}語あり、1ページに収まる{maxWords}語を超えています。',
  'template-leftovers.bracket': '「{text}」はテンプレートの空欄です。',
  'template-leftovers.filler': '「{text}」はダミーテキストです。',
  'template-leftovers.figure': '「{text}」はダミーの数字です。',
  'template-leftovers.tbd': '「{text}」は「未定」のままです。',
  'template-leftovers.instruction': '「{text}」はテンプレートからコピーされた記入指示です。',
  'template-leftovers.in-headline': '見出しの「{text}」は{what}です。',
  'template-leftovers.in-quote': '引用の「{text}」は{what}です。',
  'template-leftovers.in-dateline': '日付欄の「{text}」は{what}です。',
  'template-leftovers.what.slot': 'テンプレートの空欄',
  'template-leftovers.what.filler': 'ダミーテキスト',
  'template-leftovers.what.figure': 'ダミーの数字',
  'template-leftovers.what.tbd': '「未定」',
  'template-leftovers.what.instruction': 'テンプレートからコピーされた記入指示',
  'template-leftovers.more': '…ここから先にテンプレートの文言があと{rest}か所あります（{listed}か所は個別に挙げています）。',
  'template-leftovers.fix': 'テンプレートの空欄を非表示の案内に変え、ページに表示されないようにします。その場所に本文を書いてください。',

  'engine.draft': '{message}（文書のステータスが「{status}」のため、エラーではなく警告です。）',
  'engine.file-empty': 'ファイルが空です：チェックするPR/FAQがありません。',
  'engine.nested': 'ここでリストや引用が{depth}段階の深さに入れ子になっています（上限は{limit}）。文書はチェックされていません。',
  'engine.too-deep': 'Markdownの入れ子が深すぎて解析できません。文書はチェックされていません。',
  'engine.front-matter': 'フロントマターが正しいYAMLではありません：{reason}。',
  'engine.not-mapping': 'フロントマターは `key: value` の行からなるマッピングでなければなりません',
  'engine.too-costly': 'Markdownの解析にかかる処理が多すぎます：{what}。文書はチェックされていません。',
  'work.emphasis': 'ここから始まる段落に強調記号（* または _）が{n}個続き、そのほとんどが対になっていません',
  'work.strikethrough': 'ここから始まる段落に ~ 記号が{n}個続き、そのほとんどが対になっていません',
  'work.brackets': 'ここから始まる段落に、どのリンクも閉じない閉じ括弧（]）が{n}個あります',
  'work.link-labels': 'ここから始まる段落に、互いに入れ子になっているか多くの定義と照合されるリンクラベルが{n}個あります',
  'work.html': 'ここから始まる段落に、閉じられていないHTMLの開始（<、<!--、<?）が{n}個あります',
  'work.code-spans': 'ここから始まる段落に、閉じられないコードスパンを開くバッククォートの並びが{n}個あります',
  'work.link-destinations': 'ここから始まる段落に、閉じられないリンク先やタイトルが{n}個あります',
  'work.stray-punctuation': 'ここから始まる段落に、Markdownの構文を始めない記号（[ ] ! & < ` \\）が{n}個あります',
  'work.setext-headings': 'ここからSetext見出しの下線（= または - の行）が{n}個あります',
  'work.lazy-lines': 'ここから始まる段落に、インデントや記号のない（リスト項目や引用の）継続行が{n}行あります',
  'work.footnote-definitions': 'ここから脚注の定義が{n}個あります',
  'work.footnote-calls': 'ここから始まる段落に、それぞれ多くの定義から探される脚注参照が{n}個あります',
  'decode.too-large': 'ファイルは{actual}あり、1つのPR/FAQの上限{limit}を超えているため、チェックしませんでした。',
  'decode.too-large-bytes': 'ファイルは{size}バイトあり、1つのPR/FAQの上限{limit}バイトを超えているため、チェックしませんでした。',
  'decode.utf16-le': 'ファイルはUTF-16（リトルエンディアン）のテキストです。prfaq-gate はUTF-8を読みます。',
  'decode.utf16-be': 'ファイルはUTF-16（ビッグエンディアン）のテキストです。prfaq-gate はUTF-8を読みます。',
  'decode.binary': 'ファイルはバイナリのようです：{line}行目{column}列目にNULバイトがあります。',
  'decode.not-utf8': 'ファイルが正しいUTF-8ではありません：{line}行目{column}列目にバイト0x{byte}があります（Latin-1かWindows-1252かもしれません）。',
  'decode.unreadable': 'ファイルを読めません（{reason}）。',
  'suppression.no-rule': 'この prfaq-gate-disable コメントはルールを指定していないため、何も抑制しません。',
  'suppression.unknown': 'この prfaq-gate-disable コメントは存在しないルール {rules} を指定しているため、無視されました。',
  'suppression.no-reason': '{rules} を抑制するには「--」の後に理由が必要です。この抑制は無視されました。',

  'comment.why': 'なぜ重要か：',
  'comment.how': '直し方：',
  'comment.suggested': '変更の提案：',
  'comment.proposed': '変更案（{lines}、手で反映）：',
  'comment.line': '{line}行目',
  'comment.lines': '{line}〜{endLine}行目',
  'comment.outside-line': '📍 このファイルの **[{line}行目]({link})**（このプルリクエストで変更された行の外）：',
  'comment.outside-lines': '📍 このファイルの **[{line}〜{endLine}行目]({link})**（このプルリクエストで変更された行の外）：',
  'review.body': 'prfaq-gate がこの変更の行で{count}件の問題を見つけました。PR/FAQごとの評価表はサマリーコメントにあります。',
  'truncated.see-summary': '…（省略）続きはサマリーコメントを見てください。',
  'truncated.see-job-summary': '…（省略）続きはこのワークフロー実行のジョブサマリーにあります。',
  'severity.error': 'エラー',
  'severity.warning': '警告',
  'severity.notice': '注意',

  'summary.title': 'prfaq-gate：{headline}',
  'summary.none-changed': '✅ このプルリクエストで変更されたPR/FAQはありません',
  'summary.all-pass': '✅ すべてのチェックに合格（PR/FAQ {files}件）',
  'summary.counts': '{icon} {counts}（PR/FAQ {files}件）',
  'summary.errors': 'エラー{n}件',
  'summary.warnings': '警告{n}件',
  'summary.notices': '注意{n}件',
  'summary.check': 'チェック',
  'summary.result': '結果',
  'summary.pass': '✅ 合格',
  'summary.not-checked': '➖ 未チェック：ファイルを読めませんでした（下記）',
  'summary.suppressed': '🔕 抑制（下記）',
  'summary.other-findings': 'その他の指摘：',
  'summary.suppressed-findings': '文書内で抑制された指摘：',
  'summary.reason': '理由：{reason}',
  'summary.footer': 'prfaq-gate が {commit} をチェックしました。各ルールはドキュメントにリンクしています。',
  'summary.since': '{commit} 以降：',
  'summary.progress': '解決 {fixed}件、新規 {added}件、未解決 {open}件',
  'summary.progress-suppressed': '抑制 {n}件',
  'summary.first-checked': 'そのコミットではチェックされていません。新規 {n}件',
  'summary.fixed': '✅ 解決 {rules}',
  'summary.new': '🆕 新規 {rules}',
  'summary.now-suppressed': '🔕 抑制 {rules}',
  'summary.unchanged': '解決も新規もなし',
  'summary.open': '未解決 {n}件',
  'summary.every-finding': 'すべての指摘',
  'summary.severity': '重大度',
  'summary.where': '場所',
  'summary.rule': 'ルール',
  'summary.message': 'メッセージ',
  'summary.how': '直し方',
  'scorecard.problem-section': '課題のセクション',
  'scorecard.faq-finance': 'FAQが財務に答えている',
  'scorecard.faq-technical-hurdles': 'FAQが技術的課題に答えている',
  'scorecard.bezos-big-idea': 'それは大きなアイデアか？',
  'scorecard.bezos-should-do': '私たちがやるべきことか？',
  'scorecard.bezos-plan-to-succeed': '成功のための確かな計画はあるか？',

  'cli.checked': 'PR/FAQファイル {files}件をチェック',
  'cli.clean': '{checked}：問題は見つかりませんでした',
  'cli.clean-failed': '{failed}{checked}：それらには問題は見つかりませんでした',
  'cli.suppressed': '（理由つきで抑制された指摘 {n}件）',
  'cli.failed-inputs': 'チェック対象のない入力が{n}件あります（上記参照）。',
  'cli.found': '{failed}{checked}：{counts}（{withFindings}ファイル）'
}

export const jaRules: RuleTexts = {
  'problem-section': {
    help: '課題のセクションを、見出し（`### The Problem`）か太字のラベル（`**The problem.** …`）で追加してください：誰が困っていて、今どれだけのコストがかかり、今使っているものの何が足りないか。',
    rationale: 'ワーキングバックワーズは顧客の課題から始まります。レビュアーが課題を見つけられなければ、解決策が作る価値のあるものか判断できません。'
  },
  'faq-finance': {
    help: '「コストはいくらで、どう収益を上げるのか？」のような社内FAQの質問を加え、数字で答えてください：価格、単位コスト、利益率、予算、市場規模と、その前提。',
    rationale: 'リーダーはやる価値があるかを問います。コスト、価格、利益率、市場規模というお金の話がなければ、誰もそれに答えられず、確かな計画も見えません。'
  },
  'faq-technical-hurdles': {
    help: '「最も難しい技術的な問題は何で、どう解決するか？」のような社内FAQの質問を加えて答えてください：何が新しく何がリスクか、何に依存するか、必要な規模で動くことをどう確かめるか。',
    rationale: '確かな計画は、最も難しい技術的問題とその解き方を挙げます。それのないFAQは、ローンチ最大のリスクを隠しています。'
  },
  'bezos-big-idea': {
    help: '「それは大きなアイデアか？」に答えてください：何人の顧客がその課題を抱え、それが彼らにとってどれほど重要で、機会がどれほど大きいか。ベゾス基準のセクションか、「機会はどれくらい大きいか？」のような社内FAQの質問で。',
    rationale: '「それは大きなアイデアか？」は、リーダーがPR/FAQを判断する3つの問いの最初です。答えがなければ、機会の大きさは推測に任されます。'
  },
  'bezos-should-do': {
    help: '「私たちがやるべきことか？」に答えてください：なぜ私たちの戦略と強みに合うのか、なぜ今なのか、代わりに何をやめるのか。ベゾス基準のセクションか、「なぜ私たちが作るべきか？」のような社内FAQの質問で。',
    rationale: '「私たちがやるべきことか？」は、ほかの何かではなく、なぜこのチームが今やるのかを問います。それを述べないPR/FAQをリーダーは承認できません。'
  },
  'bezos-plan-to-succeed': {
    help: '「成功のための確かな計画はあるか？」に答えてください：マイルストーン、チームとリソース、最もリスクの高い前提とその検証方法。ベゾス基準のセクションか、「成功のための計画は？」のような社内FAQの質問で。',
    rationale: '「成功のための確かな計画はあるか？」が、良いアイデアを承認されたプロジェクトに変えます。計画がなければPR/FAQはただの願望です。'
  },
  'problem-before-solution': {
    help: '課題の段落を解決策の前に移してください：まず誰が困っていてどれだけのコストを負っているか、次に製品がそれに何をするか。',
    rationale: 'ワーキングバックワーズは顧客から始まります。先に解決策を読んだ読者はそれが何かを解決するのか判断できず、そこから書き始めた人はまだ課題を見つけていないことが多いのです。'
  },
  'problem-from-customer': {
    help: '課題を顧客の側から書き直してください：誰が困っていて、今何ができず、どれだけのコストを負っているか。チームがすでに持っているものは、FAQの「なぜ私たちか？」に回します。',
    rationale:
      '「X、Y、Zをすでに運用している。組み合わせれば製品になる」は「棚にある材料」の症状です：課題を探している解決策です。ワーキングバックワーズは顧客の課題から始め、その後で何を作るかを問います。'
  },
  'customer-quote': {
    help: '顧客の声を加えてください：名前と役割のある人（「聖マリア病院の看護師、アナ・ルイス」）が、自分の言葉で何が変わったかを語ります。',
    rationale: '顧客の声はプレスリリースにおける便益の試金石です。顧客が何と言うかをチームが書けないなら、顧客が何を得るのかをまだ見つけていません。'
  },
  'answer-first': {
    help: '回答を答えから始めてください — 「はい。」「いいえ。」「まだです。」「できます、ただし…」 — 理由はその後に書きます。',
    rationale: '読者はFAQを答えを求めて拾い読みします。背景から始まる回答は、はいかいいえかを知るために最後まで読ませ、「いいえ」であることを隠しがちです。'
  },
  'finance-figures': {
    help: '財務の回答に数字を入れてください — 価格、顧客1人あたりの提供コスト、利益率、予算、市場規模 — とその前提。前提つきの概算は、何もないより優れています。',
    rationale: '「利益が出る」だけでは、リーダーはやる価値があるか判断できません。粗くても数字があって初めて計画を検証できます。'
  },
  'template-leftovers': {
    help: 'テンプレートの文言を、それが表す内容に置き換えるか削除してください。まだ分からない場合は、そう文章で書きます（「価格は第3四半期のレビューで決める」）。',
    rationale: 'テンプレートの文言は、まだ考え抜かれていないことをレビュアーに伝えます。プレスリリースでは空白より悪く、ぱっと見では完成しているように読めてしまいます。'
  },
  'press-release-length': {
    help: 'プレスリリースを顧客が読む内容に絞ってください：見出し、課題、解決策、1〜2の引用、始め方。詳細はFAQに移します。',
    rationale: '何ページも続くプレスリリースはアイデアを磨くどころか隠してしまいます。上限があるからこそ、書き手は顧客にとって何が大事かを決めるのです。'
  },
  'file-too-large': {
    help: 'PR/FAQは6ページの文書ですが、このファイルははるかに大きいです。分割するか（プレスリリース、FAQ、付録）、本当に1つの文書なら設定の `maxFileBytes` を上げてください。',
    rationale: '読めないファイルを黙って飛ばすゲートは、誰もチェックしていない文書を通してしまいます。これほど大きなPR/FAQは、レビュアーが読む6ページもはるかに超えています。'
  },
  'file-not-text': {
    help: 'ファイルをUTF-8で保存してください（多くのエディターで「エンコード付きで保存 → UTF-8」）。PR/FAQでないなら、prfaq-gate がチェックするパスを絞ります。',
    rationale: 'UTF-8のテキストでないファイルはPR/FAQとして読めません。チェックせずに通せば、ゲートをすり抜けてしまいます。'
  },
  'file-empty': {
    help: 'PR/FAQを書くか、ひな形から始めてください：`prfaq-gate init`。',
    rationale: '空のPR/FAQはレビュアーの問いに何も答えていません。ゲートを通してはいけません。'
  },
  'front-matter-invalid': {
    help: '示された行のYAML（コロンの抜け、タブ、閉じていない引用符）を直すか、フロントマターのブロックを削除してください。',
    rationale: 'フロントマターが壊れていると、文書のメタデータ（種類やステータス）が読めず、多くのレンダラーはブロックをエラーとして表示します。'
  },
  'document-too-complex': {
    help: '入れ子を浅くするか、メッセージが示す対になっていない記号の長い並びを削除してください（記号そのものはコードブロックに入れます）。PR/FAQにそれらは要りません。',
    rationale: 'これほど深い入れ子や、1段落に何千もの対になっていない記号は本物のPR/FAQではありえず、パーサーを使い果たすか何分も占有します。ゲートは止まる・落ちる・通す代わりにそれを報告します。'
  },
  'suppression-invalid': {
    help: '2つのダッシュの後に理由を書いてください：`<!-- prfaq-gate-disable faq-finance -- 価格は財務レビューで決める -->`。',
    rationale: 'チェックを無効にするのは、レビュアーが目にして問うべき判断です。理由がなければ、ただ黙らされたゲートです。理由のない抑制は無視されます。'
  }
}
