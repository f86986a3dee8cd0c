<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActorVerdictCommand</name>
    <message>
        <source>Use MailTriage&apos;s attribution for &quot;%1&quot;</source>
        <translation>「%1」の送信者判定を MailTriage の判定に戻す</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as written by the %2</source>
        <translation>「%1」の送信者を%2とする</translation>
    </message>
    <message>
        <source>attacker</source>
        <translation>攻撃者</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>unknown sender</source>
        <translation>不明な送信者</translation>
    </message>
</context>
<context>
    <name>BecType</name>
    <message>
        <source>none</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Type 1: invoice fraud impersonating a trading partner</source>
        <translation>タイプ1: 取引先との請求書の偽装</translation>
    </message>
    <message>
        <source>Type 2: executive impersonation</source>
        <translation>タイプ2: 経営者等へのなりすまし</translation>
    </message>
    <message>
        <source>Type 3: abuse of a compromised account</source>
        <translation>タイプ3: 窃取メールアカウントの悪用</translation>
    </message>
    <message>
        <source>Type 4: impersonation of lawyers or authorities</source>
        <translation>タイプ4: 社外の権威ある第三者へのなりすまし</translation>
    </message>
    <message>
        <source>Type 5: theft of information that prepares fraud</source>
        <translation>タイプ5: 詐欺の準備行為と思われる情報の詐取</translation>
    </message>
</context>
<context>
    <name>CaseEditCommand</name>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Set BEC type to %1</source>
        <translation>BEC タイプを「%1」に設定</translation>
    </message>
    <message>
        <source>Set damage to %1</source>
        <translation>被害を「%1」に設定</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>案件名の変更</translation>
    </message>
    <message>
        <source>Add tag &quot;%1&quot;</source>
        <translation>タグ「%1」を追加</translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot;</source>
        <translation>タグ「%1」を削除</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>A month and year as QLocale formats it (&quot;December 2026&quot;); see QDate::toString.</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>A date in the report&apos;s text (QDate::toString format).</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>DemoCase</name>
    <message>
        <source>Demo: hijacked invoice thread (fictional)</source>
        <translation>デモ: 乗っ取られた請求書スレッド（架空事例）</translation>
    </message>
    <message>
        <source>Could not write the demo file %1.</source>
        <translation>デモファイル %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>This build has no demo files.</source>
        <translation>このビルドにはデモファイルが含まれていません。</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>sender domain %1 imitates %2&apos;s %3 (%4)</source>
        <translation>差出人のドメイン %1 は%2のドメイン %3 に似せたもの(%4)</translation>
    </message>
    <message>
        <source>The sender&apos;s domain %1 imitates %2, the domain of party %3 in this case (%4).</source>
        <translation>差出人のドメイン %1 は、この事案の当事者%3のドメイン %2 に似せたものです(%4)。</translation>
    </message>
    <message>
        <source>free-mail address %1 spells %2&apos;s domain</source>
        <translation>フリーメールアドレス %1 に%2のドメイン名が含まれている</translation>
    </message>
    <message>
        <source>The free-mail address %1 is made to look like an address of party %2 (%3).</source>
        <translation>フリーメールアドレス %1 は当事者%2(%3)のアドレスに見せかけたものです。</translation>
    </message>
    <message>
        <source>display name shows %1, an address of %2, but the mail comes from %3</source>
        <translation>表示名に%2のアドレス %1 が書かれているが、実際の送信元は %3</translation>
    </message>
    <message>
        <source>The display name shows %1, whose domain imitates %2, the domain of party %3.</source>
        <translation>表示名に %1 が書かれていますが、そのドメインは当事者%3のドメイン %2 に似せたものです。</translation>
    </message>
    <message>
        <source>an unknown sender whose message carries deception findings</source>
        <translation>欺瞞の兆候があるメールを送ってきた未知の送信者</translation>
    </message>
    <message>
        <source>claims %1&apos;s address %2 but: %3</source>
        <translation>%1のアドレス %2 を名乗っているが、次の兆候がある: %3</translation>
    </message>
    <message>
        <source>%1 was written to as %2 earlier in this case; here the same name has the address %3%4. Replies to all would reach someone else.</source>
        <translation>%1 さんはこれまで %2 宛てでしたが、このメールでは同じ名前で %3 %4になっています。全員に返信すると別人に届きます。</translation>
    </message>
    <message>
        <source>, a free-mail address</source>
        <translation>(フリーメール)</translation>
    </message>
    <message>
        <source>%1 has written before in this case, always from %2. This message was %3: someone else may be sending in their name.</source>
        <translation>%1 からのメールはこれまで %2 から届いていましたが、このメールは次の点が異なります: %3。第三者がなりすまして送信している可能性があります。</translation>
    </message>
    <message>
        <source>%1 sent from infrastructure never seen for this sender</source>
        <translation>%1 がこれまでにない送信基盤から送られている</translation>
    </message>
    <message>
        <source>This is a reply to %1 &quot;from&quot; %2, but that message is not in %2&apos;s sent mail: %2 never sent it. The message being answered was forged.</source>
        <translation>このメールは %2 から送られたとされるメール %1 への返信ですが、%2 の送信済みメールにそのメールはありません。返信元のメールは偽造されたものです。</translation>
    </message>
    <message>
        <source>The payment details for %1 differ from those given earlier in this case: %2. Confirm by phone with a known contact before paying.</source>
        <translation>%1 の振込先がこの事案の以前のメールと異なります: %2。支払う前に、既知の連絡先に電話で確認してください。</translation>
    </message>
    <message>
        <source>The payment date asked for here (%1) differs from the dates given earlier in this case (%2).</source>
        <translation>このメールで求められている支払日(%1)は、この事案でこれまでに示された日付(%2)と異なります。</translation>
    </message>
    <message>
        <source>This message steps into an ongoing conversation between the parties, right after %1&apos;s message &quot;%2&quot;. It is where the attacker joins the thread.</source>
        <translation>このメールは当事者間で進行中のやり取り(%1 さんのメール「%2」の直後)に割り込んでいます。攻撃者がスレッドに入り込んだ箇所です。</translation>
    </message>
    <message>
        <source>the attacker&apos;s mail invokes a lawyer or an authority</source>
        <translation>攻撃者のメールが弁護士や当局をかたっている</translation>
    </message>
    <message>
        <source>payment instructions changed from a party&apos;s genuine, authenticated address: the account may be compromised</source>
        <translation>当事者の正規のアドレス(認証成功)から振込先変更が送られており、アカウント窃取の可能性がある</translation>
    </message>
    <message>
        <source>invoice or payment change impersonating trading partner %1</source>
        <translation>取引先 %1 になりすました請求書・振込先の変更</translation>
    </message>
    <message>
        <source>a person of %1 is impersonated with a display-name trick or executive wording, without an invoice</source>
        <translation>%1 の人物に、表示名の偽装や経営者をかたる文面でなりすましている(請求書は伴わない)</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>the attacker asks for internal information, not for money</source>
        <translation>攻撃者が金銭ではなく内部情報を求めている</translation>
    </message>
    <message>
        <source>a trading partner %1 is impersonated inside the business thread</source>
        <translation>取引のスレッド内で取引先 %1 になりすましている</translation>
    </message>
    <message>
        <source>first attacker message: &quot;%1&quot;</source>
        <translation>攻撃者の最初のメール:「%1」</translation>
    </message>
    <message>
        <source>Unicode characters that look like the real ones (TR39 skeletons are equal)</source>
        <translation>見た目の似た Unicode 文字を使用(TR39 スケルトンが一致)</translation>
    </message>
    <message>
        <source>an internationalised name written as punycode (xn--)</source>
        <translation>国際化ドメイン名(punycode: xn--)</translation>
    </message>
    <message>
        <source>look-alike character swaps</source>
        <translation>似た文字への置き換え</translation>
    </message>
    <message>
        <source>look-alike character swap %1</source>
        <translation>似た文字への置き換え(%1)</translation>
    </message>
    <message>
        <source>a hyphen inserted, removed or moved</source>
        <translation>ハイフンの追加・削除・移動</translation>
    </message>
    <message>
        <source>the domain ending moved into the name (like com.cc -&gt; -cc.com)</source>
        <translation>ドメイン末尾の位置の入れ替え(例: com.cc → -cc.com)</translation>
    </message>
    <message>
        <source>another domain ending</source>
        <translation>ドメイン末尾(トップレベルドメイン)の違い</translation>
    </message>
    <message>
        <source>one character different</source>
        <translation>1文字の違い</translation>
    </message>
    <message>
        <source>%1 characters different</source>
        <translation>%1文字の違い</translation>
    </message>
    <message>
        <source>the same company name with another ending</source>
        <translation>同じ社名部分で末尾の異なるドメイン</translation>
    </message>
    <message>
        <source>The From header has no usable address, but Reply-To names %1: every reply goes there, and nothing shows who really sent the message.</source>
        <translation>差出人(From)に有効なアドレスがなく、返信先(Reply-To)だけが %1 になっています。返信はすべてそこに届き、本当の送信者は分かりません。</translation>
    </message>
    <message>
        <source>Reply-To (%1) is another free-mail account than From (%2): a reply would go to %1, not to the sender.</source>
        <translation>返信先(Reply-To: %1)は差出人(From: %2)とは別のフリーメールアカウントです。返信は差出人ではなく %1 に届き、攻撃者に届く可能性があります。</translation>
    </message>
    <message>
        <source>Reply-To (%1) is at another domain than From (%2): a reply would go to %1, not to the sender.</source>
        <translation>返信先(Reply-To: %1)が差出人(From: %2)と異なるドメインです。返信は差出人ではなく %1 に届き、攻撃者に届く可能性があります。</translation>
    </message>
    <message>
        <source>Reply-To (%1) is the mailing list&apos;s address while From is %2; replies go to the list. This is how mailing lists work.</source>
        <translation>返信先(Reply-To: %1)はメーリングリストのアドレスで、差出人は %2 です。返信はリストに届きます。メーリングリストの通常の動作です。</translation>
    </message>
    <message>
        <source> Both addresses have the same personal name part (%1): probably the same person&apos;s other mailbox.</source>
        <translation>両アドレスのローカル部(%1)が同じで、同一人物の別のメールボックスと考えられます。</translation>
    </message>
    <message>
        <source> The From address says not to reply (%1), so a separate reply address is expected.</source>
        <translation>差出人は返信不可のアドレス(%1)のため、別の返信先の指定は一般的です。</translation>
    </message>
    <message>
        <source>Reply-To (%1) differs from From (%2) but is one of the recipients of this message, so replies stay with a known party.</source>
        <translation>返信先(Reply-To: %1)は差出人(%2)と異なりますが、このメールの宛先の一人であり、返信は既知の相手に届きます。</translation>
    </message>
    <message>
        <source> The Reply-To domain is that of the Sender header (%1): mail sent on someone&apos;s behalf.</source>
        <translation>返信先は Sender ヘッダ(%1)と同じドメインで、代理送信と考えられます。</translation>
    </message>
    <message>
        <source> The message is bulk mail (List-Unsubscribe/Precedence); organisations often point replies to a help desk.</source>
        <translation>一斉配信メール(List-Unsubscribe 等あり)のため、問い合わせ窓口への返信先指定の可能性があります。</translation>
    </message>
    <message>
        <source> The reply address is a free-mail account while the sender&apos;s domain is not.</source>
        <translation>返信先はフリーメールで、差出人のドメインはフリーメールではありません。</translation>
    </message>
    <message>
        <source> The reply address imitates the sender&apos;s.</source>
        <translation>返信先は差出人のアドレスに似せて作られています。</translation>
    </message>
    <message>
        <source>The envelope sender (Return-Path %1) is unrelated to the From domain (%2): bounces and the SPF check go to another organisation.</source>
        <translation>エンベロープ送信者(Return-Path: %1)が差出人のドメイン(%2)と無関係です。エラー通知や SPF の検査対象が別の組織になっています。</translation>
    </message>
    <message>
        <source> This is mailing-list mail: the list&apos;s bounce address is normal.</source>
        <translation>メーリングリストの配信メールで、リストのエラー通知用アドレスは通常の設定です。</translation>
    </message>
    <message>
        <source> The address is an SRS rewrite: the message was forwarded.</source>
        <translation>SRS 形式のアドレスで、転送されたメールです。</translation>
    </message>
    <message>
        <source> DMARC/DKIM of the From domain passed, so a sending service&apos;s bounce address is explained.</source>
        <translation>差出人ドメインの DMARC/DKIM は成功しているため、配信サービスのエラー通知用アドレスと考えられます。</translation>
    </message>
    <message>
        <source> The envelope sender imitates the From address.</source>
        <translation>エンベロープ送信者は差出人アドレスに似せて作られています。</translation>
    </message>
    <message>
        <source> The envelope sender is a free-mail account while the From domain is not.</source>
        <translation>エンベロープ送信者はフリーメールで、差出人のドメインはフリーメールではありません。</translation>
    </message>
    <message>
        <source> DMARC failed for the From domain, so nothing ties the envelope sender to it (the pattern of J-CSIP 2020 case 1).</source>
        <translation>差出人ドメインの DMARC も失敗しており、エンベロープ送信者との関係を示すものがありません(J-CSIP 2020 年事例 1 の手口)。</translation>
    </message>
    <message>
        <source> No DKIM signature and no DMARC pass authenticate the From domain; only the envelope sender&apos;s domain was checked. The From address may be forged (the pattern of J-CSIP 2020 case 1).</source>
        <translation>差出人ドメインを認証する DKIM 署名も DMARC の成功もなく、検査されたのはエンベロープ送信者のドメインだけです。差出人が詐称されている可能性があります(J-CSIP 2020 年事例 1 の手口)。</translation>
    </message>
    <message>
        <source> The domain belongs to a mail service provider or the Sender: usual for mail sent through a service.</source>
        <translation>メール配信サービスまたは Sender ヘッダのドメインで、配信サービス経由の送信では一般的です。</translation>
    </message>
    <message>
        <source> It looks like a bulk-mail bounce address.</source>
        <translation>一斉配信のエラー通知用アドレスの形式です。</translation>
    </message>
    <message>
        <source> No authentication result ties the two domains together; compare with earlier mail from this sender.</source>
        <translation>両ドメインを結び付ける認証結果はありません。この送信元の過去のメールと比較してください。</translation>
    </message>
    <message>
        <source>The message is DKIM-signed by %1, not by the From domain %2: the signature vouches for %1 only.</source>
        <translation>DKIM 署名のドメイン(%1)が差出人のドメイン(%2)と一致しません。署名が保証するのは %1 だけです。</translation>
    </message>
    <message>
        <source> Usual for mailing lists and mail sending services (DMARC or the service explains it).</source>
        <translation>メーリングリストやメール配信サービスでは一般的です。</translation>
    </message>
    <message>
        <source> It was sent through a free-mail account while claiming another domain.</source>
        <translation>フリーメールのアカウントから、別のドメインを名乗って送信されています。</translation>
    </message>
    <message>
        <source>The receiving server recorded SPF %1 for %2: the sending server is not authorised by that domain.</source>
        <translation>受信サーバで %2 の SPF が %1 と判定されました。送信元サーバはこのドメインから許可されていません。</translation>
    </message>
    <message>
        <source> DKIM/DMARC/ARC passed or this is list mail, which explains it by forwarding.</source>
        <translation>DKIM/DMARC/ARC の成功またはメーリングリスト経由のため、転送による失敗と考えられます。</translation>
    </message>
    <message>
        <source> It is the From domain&apos;s own policy that rejects the server: the From address is probably forged.</source>
        <translation>差出人ドメイン自身の SPF で拒否されており、差出人が詐称されている可能性があります。</translation>
    </message>
    <message>
        <source> The checked domain is not the From domain, or the result is only a soft fail: often a forwarding or configuration problem.</source>
        <translation>検査対象が差出人のドメインではないか softfail のため、転送や設定の問題であることも多いです。</translation>
    </message>
    <message>
        <source>The receiving server recorded DMARC fail for the From domain %1: neither SPF nor DKIM confirms that the mail comes from that domain.</source>
        <translation>受信サーバで差出人ドメイン(%1)の DMARC 認証が失敗しました。SPF と DKIM のどちらも、このドメインからの送信であることを確認できていません。</translation>
    </message>
    <message>
        <source> The message went through a mailing list or forwarder (List-Id or ARC pass), which often breaks DMARC.</source>
        <translation>メーリングリストや転送(List-Id または ARC 成功)を経由しており、それによる失敗の可能性があります。</translation>
    </message>
    <message>
        <source> The From address is probably forged.</source>
        <translation>差出人アドレスが詐称されている可能性が高いです。</translation>
    </message>
    <message>
        <source>The DKIM signature of the From domain %1 did not verify (%2): the message was changed after signing or the signature is forged.</source>
        <translation>差出人ドメイン(%1)の DKIM 署名の検証に失敗しました(%2)。署名後に改変されたか、署名が偽造されています。</translation>
    </message>
    <message>
        <source>There is no valid DKIM signature of the From domain %1.</source>
        <translation>差出人ドメイン(%1)の有効な DKIM 署名がありません。</translation>
    </message>
    <message>
        <source> This provider signs all its mail, so the message did not come from it.</source>
        <translation>このドメインのメールは通常すべて署名されるため、本物の送信元からのメールではない可能性があります。</translation>
    </message>
    <message>
        <source> With the failed SPF/DMARC nothing confirms the sender.</source>
        <translation>SPF/DMARC も失敗しており、送信元を確認できるものがありません。</translation>
    </message>
    <message>
        <source> Whether this sender normally signs is not known from one message; compare with earlier mail from it.</source>
        <translation>この送信元が普段署名しているかは、過去のメールと比較して確認してください。</translation>
    </message>
    <message>
        <source>The Sender field claims the message was sent by %1, but there is no valid DKIM signature of %2 (dkim=%3) and SPF did not confirm it either. This sender signs all its mail, so the Sender field is forged to borrow its name.</source>
        <translation>Sender ヘッダは %1 から送信されたと主張していますが、%2 の有効な DKIM 署名がなく(dkim=%3)、SPF でも確認できません。この送信元は通常すべてのメールに署名するため、名前を借りるために Sender が偽装されています。</translation>
    </message>
    <message>
        <source>The ARC chain is broken: an intermediary&apos;s seal does not verify, so what earlier hops saw cannot be trusted.</source>
        <translation>ARC チェーンの検証に失敗しました。中継サーバの署名が正しくないため、途中の認証結果を信頼できません。</translation>
    </message>
    <message>
        <source>The display name of %1 contains an e-mail address (%2) while the real address is %3: mail programs that show only the name show the wrong address.</source>
        <translation>%1 の表示名にメールアドレス(%2)が含まれていますが、実際のアドレスは %3 です。表示名だけを表示するメールソフトでは、偽のアドレスが見えます。</translation>
    </message>
    <message>
        <source>The display name of %1 repeats its own address (%2); harmless.</source>
        <translation>%1 の表示名は実際のアドレス(%2)と同じで、問題ありません。</translation>
    </message>
    <message>
        <source> The real address is the mailing list&apos;s, which rewrites senders.</source>
        <translation>実際のアドレスはメーリングリストのもので、リストによる差出人の書き換えと考えられます。</translation>
    </message>
    <message>
        <source> The name imitates a mail client&apos;s &quot;[mailto:...]&quot; rendering.</source>
        <translation>表示名はメールソフトの「[mailto:...]」表示を装っています。</translation>
    </message>
    <message>
        <source>The From field has no real address: the only address it shows (%1) is text in its name or comment, which no server checks (DMARC cannot apply to it).</source>
        <translation>From ヘッダに実際のアドレスがありません。表示されるアドレス(%1)は名前やコメント内の文字列にすぎず、どのサーバも検証しません(DMARC も適用されません)。</translation>
    </message>
    <message>
        <source> The From field itself has no address; the message names the Sender %1 as the mailbox that sent it.</source>
        <translation>From ヘッダ自体にはアドレスがなく、送信者として Sender の %1 が記載されています。</translation>
    </message>
    <message>
        <source>The address shown in the display name (%1) belongs to another domain than the real sender address (%2): the name claims an identity the message does not come from.</source>
        <translation>表示名に書かれたアドレス(%1)のドメインが、実際の送信元アドレス(%2)と異なります。表示名で別人になりすましています。</translation>
    </message>
    <message>
        <source>The display name &quot;%1&quot; names %2, but the address %3 does not belong to it.</source>
        <translation>表示名「%1」は %2 を名乗っていますが、アドレス %3 はその組織のものではありません。</translation>
    </message>
    <message>
        <source> Invisible characters are inserted between its letters to evade filters.</source>
        <translation>フィルタを回避するため、文字の間に見えない文字が挿入されています。</translation>
    </message>
    <message>
        <source> The name is written with look-alike letters of another script (%1).</source>
        <translation>表示名には別の文字体系の似た文字が使われています(%1)。</translation>
    </message>
    <message>
        <source> It is a free-mail address.</source>
        <translation>アドレスはフリーメールです。</translation>
    </message>
    <message>
        <source> The sender&apos;s authentication failed.</source>
        <translation>送信元の認証にも失敗しています。</translation>
    </message>
    <message>
        <source>The display name &quot;%1&quot; has invisible characters between its letters: it reads normally but matches no filter, a trick of phishing mail.</source>
        <translation>表示名「%1」の文字の間に見えない文字が挿入されています。普通に読めるのにフィルタに一致しない、フィッシングメールの手口です。</translation>
    </message>
    <message>
        <source>The display name &quot;%1&quot; writes a Latin-looking word with letters of another script (%2), a trick to pass filters and to imitate a name.</source>
        <translation>表示名「%1」では、ラテン文字に見える語が別の文字体系の似た文字で書かれています(%2)。フィルタの回避やなりすましの手口です。</translation>
    </message>
    <message>
        <source>The display name &quot;%1&quot; mixes Latin letters with another script in one word (%2); often a typing slip, sometimes a trick to pass filters.</source>
        <translation>表示名「%1」の一語の中でラテン文字と別の文字体系が混在しています(%2)。入力ミスのこともありますが、フィルタ回避の手口の場合もあります。</translation>
    </message>
    <message>
        <source>The sender uses a free-mail address (%1). Normal for private persons and some small businesses; check it is the address you know for this person.</source>
        <translation>差出人はフリーメールアドレス(%1)です。個人や一部の小規模事業者では普通ですが、この相手の既知のアドレスか確認してください。</translation>
    </message>
    <message>
        <source>The reply address is a free-mail address (%1).</source>
        <translation>返信先はフリーメールアドレス(%1)です。</translation>
    </message>
    <message>
        <source>The free-mail address %1 (%2) carries the name of %3, a party of this message: it imitates an address of that organisation.</source>
        <translation>フリーメールアドレス %1(%2)のローカル部に、このメールの関係者のドメイン名 %3 が含まれています。その組織のアドレスを装ったものです。</translation>
    </message>
    <message>
        <source> It is written to the same person&apos;s address at that organisation, which suggests the person&apos;s own private account.</source>
        <translation>ただし宛先は同じ人物のその組織のアドレスであり、本人の私用アカウントの可能性があります。</translation>
    </message>
    <message>
        <source>The free-mail address %1 ends in a company-like domain name (%2); such addresses imitate company mail (alice.a-company.jp@freemail).</source>
        <translation>フリーメールアドレス %1 の末尾に会社のドメイン名のような文字列(%2)があります。企業のアドレスを装う手口です。</translation>
    </message>
    <message>
        <source>The domain %1 (%2) is the brand name &quot;%3&quot; with added words, a domain that does not belong to the brand (combosquatting).</source>
        <translation>ドメイン %1(%2)はブランド名「%3」に別の語を付け加えたもので、そのブランドのドメインではありません(コンボスクワッティング)。</translation>
    </message>
    <message>
        <source>From display name</source>
        <translation>From の表示名</translation>
    </message>
    <message>
        <source>the well-known domain %1</source>
        <translation>著名なドメイン %1</translation>
    </message>
    <message>
        <source>%1, a domain seen in this message</source>
        <translation>このメールに現れるドメイン %1</translation>
    </message>
    <message>
        <source>The domain %1 (%2) imitates %3: %4.</source>
        <translation>ドメイン %1(%2)は、%3 に似せた類似ドメインです(%4)。</translation>
    </message>
    <message>
        <source>%1 asks for a delivery/read notification to %2, outside the sender&apos;s domain %3: the notice would tell a third party when the message arrived or was opened.</source>
        <translation>%1 により、配送・開封通知が差出人のドメイン(%3)以外のアドレス %2 に送られるよう設定されています。着信や開封の状況が第三者に伝わります。</translation>
    </message>
    <message>
        <source>The %1 address %2 follows the naming of the Cosmic Lynx BEC campaign (mail-security words such as secure/tls/smtp/gateway/mx combined with a celestial name).</source>
        <translation>%1 のアドレス %2 は、BEC 攻撃グループ Cosmic Lynx のアドレス命名規則(secure・tls・smtp・gateway・mx などの語と天体名の組み合わせ)に一致します。</translation>
    </message>
    <message>
        <source>The %1 address %2 follows the naming of the Japanese-language CEO fraud campaign (board / board-1 / relay at intern/mobile/server-style domains) reported by IPA J-CSIP.</source>
        <translation>%1 のアドレス %2 は、IPA J-CSIP が報告した日本語の CEO 詐欺のアドレス命名(board・board-1・relay と intern・mobile・server 等を組み合わせたドメイン)に一致します。</translation>
    </message>
    <message>
        <source>Quoted or forwarded text asks to change the bank account or to hold or advance a payment. Check whether the quoted message really came from the party.</source>
        <translation>引用・転送された部分に、振込先口座の変更や支払いの保留・前倒しを求める記述があります。引用元のメールが本当に相手から送られたものか確認してください。</translation>
    </message>
    <message>
        <source>The message asks to change the bank account, to pay a new account, or to hold or advance a payment. Confirm any such change by telephone with a number you already know, never by replying.</source>
        <translation>振込先口座の変更、新しい口座への送金、または支払いの保留・前倒しを求める内容です。このような変更は、メールへの返信ではなく、既知の電話番号で相手に確認してください。</translation>
    </message>
    <message>
        <source> The sender&apos;s identity is doubtful (see the other findings): typical of business e-mail compromise.</source>
        <translation>送信元の正当性に疑いがあり(他の検出結果を参照)、ビジネスメール詐欺の典型的な手口です。</translation>
    </message>
    <message>
        <source>The sender writes from a free-mail address (%1) but signs as an executive of the recipient&apos;s own organisation (&quot;%2&quot;, %3). Executives write from their company&apos;s domain; a request in their name from a private account is the typical CEO-fraud pattern. Confirm it through a channel you already know.</source>
        <translation>差出人はフリーメールアドレス(%1)から送信していますが、受信者自身の組織の役員として署名しています(「%2」、%3)。役員は自社ドメインから送信するのが普通で、私用アドレスからその名前で依頼するのは CEO 詐欺の典型的な手口です。既知の連絡手段で本人に確認してください。</translation>
    </message>
    <message>
        <source>The HTML body loads a remote image from %1 that is %2: an open-tracking beacon that tells the sender when and where the message was opened.</source>
        <translation>HTML 本文に %1 の外部画像(%2)が埋め込まれています。開封したことや開封場所を送信者に知らせるウェブビーコンです。</translation>
    </message>
    <message>
        <source>1x1 pixel</source>
        <translation>1×1 ピクセル</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>a tracking URL</source>
        <translation>追跡用 URL</translation>
    </message>
    <message>
        <source> Usual in newsletters (List-Unsubscribe present).</source>
        <translation>メールマガジン(List-Unsubscribe あり)では一般的です。</translation>
    </message>
    <message>
        <source> Not a newsletter: someone wants to know whether this message is read (seen in CEO-fraud mail sent through SendGrid).</source>
        <translation>メールマガジンではないため、このメールが読まれたかを知りたい者がいます(SendGrid 経由の CEO 詐欺メールで確認されています)。</translation>
    </message>
    <message>
        <source>A link shows the address %1 but writes to %2.</source>
        <translation>リンクの表示は %1 ですが、実際の宛先は %2 です。</translation>
    </message>
    <message>
        <source>A link shows %1 but goes to %2.</source>
        <translation>リンクの表示は %1 ですが、実際のリンク先は %2 です。</translation>
    </message>
    <message>
        <source> In bulk mail this is usually a click-tracking redirect of the sending service.</source>
        <translation>一斉配信メールでは、配信サービスのクリック計測用リダイレクトであることが一般的です。</translation>
    </message>
    <message>
        <source> It may be a click-tracking redirect; check where it finally leads before trusting it.</source>
        <translation>クリック計測用のリダイレクトの可能性もありますが、最終的なリンク先を確認してください。</translation>
    </message>
    <message>
        <source> Clicking it leads somewhere else than the reader expects.</source>
        <translation>クリックすると、読み手が想定するのとは別のサイトに移動します。</translation>
    </message>
    <message>
        <source>The HTML body contains a form asking for a password%1. Legitimate services never ask for a password inside an e-mail.</source>
        <translation>HTML 本文にパスワードの入力欄があります%1。正規のサービスがメール本文でパスワードを求めることはありません。</translation>
    </message>
    <message>
        <source> that is sent to %1</source>
        <translation>(送信先: %1)</translation>
    </message>
    <message>
        <source>a %1: link runs code or carries its own page</source>
        <translation>%1: 形式のリンク(コードの実行やページの埋め込み)</translation>
    </message>
    <message>
        <source>the part before &apos;@&apos; (%1) is not where the link goes; it goes to %2</source>
        <translation>「@」より前の部分(%1)はリンク先ではなく、実際のリンク先は %2 です</translation>
    </message>
    <message>
        <source>the link goes to a bare IP address</source>
        <translation>リンク先が IP アドレスです</translation>
    </message>
    <message>
        <source>an internationalised (punycode) host name %1</source>
        <translation>国際化ドメイン名(punycode)%1</translation>
    </message>
    <message>
        <source>%1 imitates %2 (%3)</source>
        <translation>%1 は %2 に似せたドメインです(%3)</translation>
    </message>
    <message>
        <source>the host %1 puts %2 in front of another domain (%3)</source>
        <translation>ホスト名 %1 は %2 を別のドメイン(%3)の前に付けたものです</translation>
    </message>
    <message>
        <source>the top-level domain .%1 is much abused</source>
        <translation>トップレベルドメイン .%1 は悪用の多いドメインです</translation>
    </message>
    <message>
        <source>%1 is a free hosting or form service often used for fake login pages</source>
        <translation>%1 は偽のログインページによく使われる無料ホスティング・フォームサービスです</translation>
    </message>
    <message>
        <source>the link points into the program folders of a web site (%1), where phishing pages are planted on hacked sites</source>
        <translation>リンク先が Web サイトのプログラム用フォルダ(%1)内で、改ざんされたサイトに設置されたフィッシングページの典型です</translation>
    </message>
    <message>
        <source>the link opens a web page stored on a cloud storage service (%1), a common home of fake login pages</source>
        <translation>リンク先はクラウドストレージ(%1)上の Web ページで、偽のログインページによく使われます</translation>
    </message>
    <message>
        <source>the host %1 uses the brand name &quot;%2&quot; without belonging to it</source>
        <translation>ホスト名 %1 はブランド名「%2」を含みますが、そのブランドのものではありません</translation>
    </message>
    <message>
        <source>the link passes through a redirect at %1 to %2, hiding the real target behind a trusted name</source>
        <translation>信頼されたドメイン %1 のリダイレクトを経由して %2 に移動し、本当のリンク先を隠しています</translation>
    </message>
    <message>
        <source>%1 is a URL shortener, and every link of the message goes through one, so no real destination is visible before clicking</source>
        <translation>%1 は短縮 URL サービスで、このメールのすべてのリンクが短縮 URL のため、クリックするまで本当のリンク先が分かりません</translation>
    </message>
    <message>
        <source>%1 is a URL shortener that hides the real target</source>
        <translation>%1 は本当のリンク先を隠す短縮 URL サービスです</translation>
    </message>
    <message>
        <source>a form in the message sends what is typed to %1</source>
        <translation>メール内のフォームが入力内容を %1 に送信します</translation>
    </message>
    <message>
        <source>Risky link: %1.</source>
        <translation>危険なリンク: %1。</translation>
    </message>
    <message>
        <source>the name contains a right-to-left override or other bidi control character, so it is displayed differently from its real extension</source>
        <translation>ファイル名に右から左への書字方向制御文字(RLO 等)が含まれ、実際の拡張子と異なって表示されます</translation>
    </message>
    <message>
        <source>a double extension (.%1.%2) hides the real file type</source>
        <translation>二重拡張子(.%1.%2)で本当のファイル形式を隠しています</translation>
    </message>
    <message>
        <source>a .%1 configuration profile installs mail accounts, VPNs or certificates on the device when opened</source>
        <translation>.%1 構成プロファイルは、開くと端末にメールアカウント・VPN・証明書などを設定します</translation>
    </message>
    <message>
        <source>a .%1 file runs as a program when opened</source>
        <translation>.%1 ファイルは開くとプログラムとして実行されます</translation>
    </message>
    <message>
        <source>a .%1 disk image can carry programs past download protections</source>
        <translation>.%1 のディスクイメージは、ダウンロード保護を回避してプログラムを持ち込む手口に使われます</translation>
    </message>
    <message>
        <source>a macro-enabled Office file (.%1)</source>
        <translation>マクロ有効の Office ファイル(.%1)です</translation>
    </message>
    <message>
        <source>an HTML/SVG file opens in the browser, where it can show a fake login page</source>
        <translation>HTML/SVG ファイルはブラウザで開かれ、偽のログイン画面を表示できます</translation>
    </message>
    <message>
        <source>the content is a Windows program (MZ header) although the name says .%1</source>
        <translation>ファイル名は .%1 ですが、中身は Windows の実行ファイル(MZ ヘッダ)です</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>the Office document contains VBA macros</source>
        <translation>Office 文書に VBA マクロが含まれています</translation>
    </message>
    <message>
        <source>the archive contains %1</source>
        <translation>アーカイブ内に %1 が含まれています</translation>
    </message>
    <message>
        <source>the archive is password-protected, which hides its content from virus scanners</source>
        <translation>パスワード付きアーカイブで、ウイルス対策製品の検査を回避できます</translation>
    </message>
    <message>
        <source>the file holds a password form</source>
        <translation>ファイル内にパスワード入力フォームがあります</translation>
    </message>
    <message>
        <source>Risky attachment %1: %2.</source>
        <translation>危険な添付ファイル %1: %2。</translation>
    </message>
    <message>
        <source>The Message-ID was made at %1, which is neither the From domain (%2) nor a server that handled the message for it.</source>
        <translation>Message-ID が %1 で生成されています。差出人のドメイン(%2)でも、その配送を担ったサーバでもありません。</translation>
    </message>
    <message>
        <source> With the failed authentication it points to the machine that really wrote the message.</source>
        <translation>認証の失敗と合わせると、実際にメールを作成したマシンを示していると考えられます。</translation>
    </message>
    <message>
        <source> Mail programs and services sometimes do this; alone it proves little.</source>
        <translation>メールソフトや配信サービスによってはこうなるため、これだけでは判断できません。</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>Received hops are out of time order: the hop by %1 is dated %2 before the hop that handed it the message.</source>
        <translation>Received ヘッダの時刻が前後しています。%1 の受信時刻が、前の中継サーバより %2 早くなっています。</translation>
    </message>
    <message>
        <source> The earlier line was written on the sender&apos;s side and may be forged.</source>
        <translation>前の行は送信側で書かれたもので、偽造の可能性があります。</translation>
    </message>
    <message>
        <source> Usually a wrong server clock.</source>
        <translation>多くはサーバの時計のずれによるものです。</translation>
    </message>
    <message>
        <source>A Received line matches no known server format; it may have been written by hand or damaged.</source>
        <translation>既知のサーバの書式に合わない Received ヘッダがあります。手書きや改変の可能性があります。</translation>
    </message>
    <message>
        <source>The Date header is %1 later than the first Received hop: the message claims to be written after it was already on its way.</source>
        <translation>Date ヘッダの日時が最初の Received の時刻より %1 後です。送信後に作成されたことになり、矛盾しています。</translation>
    </message>
    <message>
        <source>The Date header is %1 earlier than the first Received hop.</source>
        <translation>Date ヘッダの日時が最初の Received の時刻より %1 前です。</translation>
    </message>
    <message>
        <source>%1 weak signs come together in this message (%2). Each can have an innocent reason; together they are typical of unsolicited or deceptive mail.</source>
        <translation>このメールには弱い兆候が %1 つ重なっています(%2)。個々には正当な理由もあり得ますが、重なると迷惑メールや詐欺メールに典型的です。</translation>
    </message>
    <message>
        <source>Two MIME readers see a different set of parts in this message (%1 vs %2). Different mail programs may show different content, which attackers use to hide a part from filters. Look at the raw source.</source>
        <translation>2つのMIME解析器がこのメールを異なるパート構成(%1 と %2)として読みました。メールソフトによって表示内容が異なる可能性があり、攻撃者がフィルタからパートを隠すために使う手口です。ソースを確認してください。</translation>
    </message>
    <message>
        <source>sent from %1 [%2]</source>
        <translation>%1 [%2] からの送信</translation>
    </message>
    <message>
        <source>authentication failed where it passed before (spf=%1, dmarc=%2)</source>
        <translation>以前は成功していた認証の失敗(spf=%1、dmarc=%2)</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>free-mail provider</source>
        <translation>フリーメールサービス</translation>
    </message>
    <message>
        <source>look-alike domain</source>
        <translation>類似ドメイン</translation>
    </message>
    <message>
        <source>attacker&apos;s domain</source>
        <translation>攻撃者のドメイン</translation>
    </message>
    <message>
        <source>sender address (From)</source>
        <translation>差出人アドレス(From)</translation>
    </message>
    <message>
        <source>address shown in the display name</source>
        <translation>表示名に書かれたアドレス</translation>
    </message>
    <message>
        <source>reply address (Reply-To)</source>
        <translation>返信先アドレス(Reply-To)</translation>
    </message>
    <message>
        <source>envelope sender (Return-Path)</source>
        <translation>エンベロープ送信者(Return-Path)</translation>
    </message>
    <message>
        <source>read/delivery receipt address</source>
        <translation>開封・配信確認の通知先</translation>
    </message>
    <message>
        <source>rewritten Cc address</source>
        <translation>改変された Cc アドレス</translation>
    </message>
    <message>
        <source>rewritten To address</source>
        <translation>改変された To アドレス</translation>
    </message>
    <message>
        <source>sending IP address</source>
        <translation>送信元 IP アドレス</translation>
    </message>
    <message>
        <source>sending server</source>
        <translation>送信サーバ</translation>
    </message>
    <message>
        <source>machine name given by the sender (HELO)</source>
        <translation>送信元が名乗った端末名(HELO)</translation>
    </message>
    <message>
        <source>client IP address (X-Originating-IP)</source>
        <translation>送信者端末の IP アドレス(X-Originating-IP)</translation>
    </message>
    <message>
        <source>host named in the Message-ID</source>
        <translation>Message-ID のホスト名</translation>
    </message>
    <message>
        <source>link in the body</source>
        <translation>本文中のリンク</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>bank account in the forged payment instructions</source>
        <translation>偽の振込先口座</translation>
    </message>
    <message>
        <source>telephone number in the attacker&apos;s mail</source>
        <translation>攻撃者のメールにある電話番号</translation>
    </message>
    <message>
        <source>genuine document of a party, re-sent by the attacker</source>
        <translation>攻撃者が再送した当事者の正規の文書</translation>
    </message>
    <message>
        <source>e-mail service the mail was sent through</source>
        <translation>送信に使われたメール配信サービス</translation>
    </message>
    <message>
        <source>a party&apos;s address forged in From (spoofed)</source>
        <translation>差出人 (From) に詐称された当事者のアドレス (なりすまし)</translation>
    </message>
    <message>
        <source>a party&apos;s own mailbox the attacker wrote from (taken over)</source>
        <translation>攻撃者が送信に使った当事者自身のメールボックス (乗っ取り)</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>%1; %2</source>
        <extracomment>Two items of a list inside a sentence; longer lists repeat it (&quot;a; b; c&quot;).</extracomment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>MailTriage::AttachmentListModel</name>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>by reference</source>
        <translation>参照のみ</translation>
    </message>
    <message>
        <source>The file name holds hidden or direction-changing characters, shown here as [U+…]: the name other programs display may hide the real extension.</source>
        <translation>ファイル名に不可視文字または表示方向を変える文字が含まれています（ここでは [U+…] と表示）。他のプログラムでは本当の拡張子が隠れて見える可能性があります。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>MailTriage::AttachmentsView</name>
    <message>
        <source>&amp;Save as...</source>
        <translation>名前を付けて保存(&amp;S)...</translation>
    </message>
    <message>
        <source>Write a copy of the attachment to a file. MailTriage never opens attachments.</source>
        <translation>添付ファイルのコピーをファイルに保存します。MailTriage が添付ファイルを開くことはありません。</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>名前を付けて保存...</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>SHA-256 をコピー</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>添付ファイルはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s). They are never opened here; save a copy to examine it in a sandbox.</source>
        <translation>
            <numerusform>添付ファイル %n 件。ここでは開きません。中身を調べる場合はコピーを保存し、サンドボックス環境で確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No attachment selected.</source>
        <translation>添付ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>This attachment is only a reference to a file elsewhere; the message does not contain it.</source>
        <translation>この添付ファイルは外部ファイルへの参照のみで、メールには含まれていません。</translation>
    </message>
    <message>
        <source>The attachment&apos;s bytes are not available in this view (Outlook .msg attachments are not extracted yet).</source>
        <translation>この画面では添付ファイルのデータを取り出せません（Outlook .msg の添付ファイルの抽出は未対応です）。</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>添付ファイルの保存</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>添付ファイルに名前を付けて保存</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>MailTriage::AuthBadgeBar</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1: no verdict recorded by the receiving side</source>
        <translation>%1: 受信側の判定記録なし</translation>
    </message>
    <message>
        <source>%1: %2 (recorded by the receiving side)</source>
        <translation>%1: %2（受信側の判定）</translation>
    </message>
    <message>
        <source>verdicts of %1</source>
        <translation>%1 による判定</translation>
    </message>
    <message>
        <source>no transport headers (a sent-folder copy)</source>
        <translation>配送ヘッダーなし（送信済みフォルダーのコピー）</translation>
    </message>
    <message>
        <source>no Authentication-Results of the receiving side</source>
        <translation>受信側の Authentication-Results なし</translation>
    </message>
</context>
<context>
    <name>MailTriage::BodyView</name>
    <message>
        <source>&amp;Plain text</source>
        <translation>テキスト(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;HTML (nothing loaded)</source>
        <translation>HTML・外部読み込みなし(&amp;H)</translation>
    </message>
    <message>
        <source>Link target: %1</source>
        <translation>リンク先: %1</translation>
    </message>
    <message>
        <source>Not opened (MailTriage never follows links): %1</source>
        <translation>開いていません（MailTriage はリンクを開きません）: %1</translation>
    </message>
    <message>
        <source>(no text body)</source>
        <translation>（テキスト本文なし）</translation>
    </message>
    <message>
        <source>No HTML body.</source>
        <translation>HTML 本文はありません。</translation>
    </message>
    <message>
        <source>Remote images, style sheets and files are never loaded; links are never opened.</source>
        <translation>リモート画像・スタイルシート・ファイルは一切読み込まず、リンクも開きません。</translation>
    </message>
    <message numerus="yes">
        <source>%n resource request(s) blocked.</source>
        <translation>
            <numerusform>外部リソースの読み込み要求を %n 件ブロックしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>リンク（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n whose text names another host</source>
        <translation>
            <numerusform>うち %n 件は表示テキストと実際のリンク先のホストが異なる</numerusform>
        </translation>
    </message>
    <message>
        <source>[The text is longer; the rest is not shown here. See the Source tab or save the original.]</source>
        <translation>［本文はさらに続きますが、ここには表示していません。「ソース」タブを見るか、原本を保存してください。］</translation>
    </message>
</context>
<context>
    <name>MailTriage::CaseExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the pseudonym map saved with the case cannot be read: %1</source>
        <translation>案件に保存された仮名対応表を読み込めません: %1</translation>
    </message>
    <message>
        <source>the parser workers could not run</source>
        <translation>解析用ワーカーを実行できませんでした</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <source>the case holds no message to report on (import some first)</source>
        <translation>報告対象のメールが案件にありません(先にメールを取り込んでください)</translation>
    </message>
    <message>
        <source>choose at least one format to export</source>
        <translation>出力形式を 1 つ以上選んでください</translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation>エクスポートを中止しました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>Anonymizing</source>
        <translation>匿名化しています</translation>
    </message>
    <message>
        <source>Writing the STIX 2.1 bundle</source>
        <translation>STIX 2.1 バンドルを書き出しています</translation>
    </message>
    <message>
        <source>Writing the CSV of indicators</source>
        <translation>指標(IoC)の CSV を書き出しています</translation>
    </message>
    <message>
        <source>Writing the PDF report</source>
        <translation>PDF レポートを書き出しています</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Writing the MISP event</source>
        <translation>MISP イベントを書き出しています</translation>
    </message>
    <message>
        <source>writing a PDF or an image needs the GUI libraries to be initialised (a program error: the program must create a QGuiApplication)</source>
        <translation>PDF や画像の書き出しには GUI ライブラリの初期化が必要です (プログラムの不具合: QGuiApplication を作成する必要があります)</translation>
    </message>
    <message>
        <source>Writing the timeline figure</source>
        <translation>タイムライン図を書き出し中</translation>
    </message>
</context>
<context>
    <name>MailTriage::CaseOverviewWidget</name>
    <message>
        <source>Case title</source>
        <translation>案件名</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>&amp;BEC type:</source>
        <translation>BEC タイプ(&amp;B):</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>推定:</translation>
    </message>
    <message>
        <source>&amp;Use Suggestion</source>
        <translation>推定を採用(&amp;U)</translation>
    </message>
    <message>
        <source>Tag the case with the suggested type. The decision stays yours.</source>
        <translation>推定されたタイプを案件に設定します。最終判断は分析者が行ってください。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Yes: money or data was lost</source>
        <translation>あり（金銭または情報の損失）</translation>
    </message>
    <message>
        <source>No damage</source>
        <translation>被害なし</translation>
    </message>
    <message>
        <source>&amp;Damage:</source>
        <translation>被害(&amp;D):</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>New tag, then Enter</source>
        <translation>新しいタグを入力して Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected tag (Delete)</source>
        <translation>選択したタグを削除（Delete キー）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Write a note (Ctrl+Enter adds it; notes are kept in the case record and cannot be removed)</source>
        <translation>メモを入力（Ctrl+Enter で追加。メモは案件の記録に残り、削除できません）</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>メモを追加(&amp;N)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Messages by finding</source>
        <translation>検出項目別のメール数</translation>
    </message>
    <message>
        <source>Double-click a finding to list its messages.</source>
        <translation>検出項目をダブルクリックすると該当するメールを一覧に表示します。</translation>
    </message>
    <message>
        <source>No case is open. Create or open one (File menu), or drop e-mail files here.</source>
        <translation>案件が開かれていません。「ファイル」メニューから案件を作成するか開くか、メールファイルをここにドロップしてください。</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>読み取り専用で開いています。</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>メモはまだありません。</translation>
    </message>
    <message>
        <source>Reading the case...</source>
        <translation>案件を読み込み中...</translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s)</source>
        <translation>
            <numerusform>保存ファイル %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct message(s)</source>
        <translation>
            <numerusform>メール %n 通（重複除く）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the attacker</source>
        <translation>
            <numerusform>攻撃者から %n 通</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>検出 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>no suggestion (no BEC pattern found)</source>
        <translation>推定なし（BEC のパターンは見つかりません）</translation>
    </message>
</context>
<context>
    <name>MailTriage::CaseSession</name>
    <message>
        <source>No case is open.</source>
        <translation>案件が開かれていません。</translation>
    </message>
    <message>
        <source>The case is open read-only.</source>
        <translation>案件は読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>変更を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation>案件を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The case is open in %1: it is shown read-only.</source>
        <translation>この案件は %1 で開かれているため、読み取り専用で表示しています。</translation>
    </message>
    <message>
        <source>The case file cannot be written here: it is shown read-only.</source>
        <translation>この場所では案件ファイルに書き込めないため、読み取り専用で表示しています。</translation>
    </message>
    <message>
        <source>%1 is being created or used by %2.</source>
        <translation>%1 は %2 が作成中または使用中です。</translation>
    </message>
    <message>
        <source>The verdict could not be saved: %1</source>
        <translation>判定を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The case is open read-only: the map cannot be saved with it.</source>
        <translation>案件が読み取り専用のため、仮名対応表を案件に保存できません。</translation>
    </message>
    <message>
        <source>The pseudonym map could not be saved: %1</source>
        <translation>仮名対応表を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>取り込みはすでに実行中です。</translation>
    </message>
    <message>
        <source>The message could not be read from the case: %1</source>
        <translation>案件からメールを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>MailTriage::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>案件を読み込んでいます…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;An incident report to share: the analysis of this case, with the people and organisations replaced by pseudonyms.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;共有用のインシデントレポート: この案件の分析結果を、人名・組織名を仮名に置き換えて出力します。</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>出力形式</translation>
    </message>
    <message>
        <source>&amp;PDF report (J-CSIP style)</source>
        <translation>PDF レポート(J-CSIP 形式)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;STIX 2.1 bundle</source>
        <translation>STIX 2.1 バンドル(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;CSV of indicators</source>
        <translation>指標の CSV(&amp;C)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Anonymize: replace people, organisations, addresses and internal hosts</source>
        <translation>匿名化(&amp;A): 人名・組織名・アドレス・内部ホストを仮名に置き換える</translation>
    </message>
    <message>
        <source>Also replace the attacker&apos;s &amp;indicators (otherwise kept, defanged)</source>
        <translation>攻撃者の指標も置き換える(&amp;I)(既定では無害化して残す)</translation>
    </message>
    <message>
        <source>Sharing:</source>
        <translation>共有:</translation>
    </message>
    <message>
        <source>&amp;TLP marking:</source>
        <translation>TLP 区分(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>保存先(&amp;I):</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>Pseudonym map</source>
        <translation>仮名対応表</translation>
    </message>
    <message>
        <source>Filter the map…</source>
        <translation>対応表を絞り込む…</translation>
    </message>
    <message>
        <source>A&amp;dd Term to Redact…</source>
        <translation>伏せる語句を追加(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Remove Term</source>
        <translation>語句を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Double-click a pseudonym to change it. Your changes are saved with the case and used by every export of it, the command line&apos;s included.</source>
        <translation>仮名をダブルクリックすると変更できます。変更は案件に保存され、コマンドラインを含むこの案件のすべてのエクスポートで使われます。</translation>
    </message>
    <message>
        <source>Preview: first page</source>
        <translation>プレビュー: 1 ページ目</translation>
    </message>
    <message>
        <source>The preview appears when the case has been read.</source>
        <translation>案件の読み込みが終わるとプレビューを表示します。</translation>
    </message>
    <message>
        <source>&amp;Update Preview</source>
        <translation>プレビューを更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Save the report in</source>
        <translation>レポートの保存先</translation>
    </message>
    <message>
        <source>The case could not be read for a report.</source>
        <translation>レポート用に案件を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation>エクスポートできる内容がありません: %1</translation>
    </message>
    <message>
        <source>No preview: the case could not be read.</source>
        <translation>プレビューなし: 案件を読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) ready to export.</source>
        <translation>
            <numerusform>%n 通のメールをエクスポートできます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be read again and are reported from their stored summary: %1</source>
        <translation>
            <numerusform>%n 通のメールを再読み込みできなかったため、保存済みの要約から報告します: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>出力形式を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Choose a folder and a file name.</source>
        <translation>保存先フォルダーとファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Writes %1</source>
        <translation>書き出すファイル: %1</translation>
    </message>
    <message>
        <source>replaces the existing files</source>
        <translation>既存のファイルを置き換えます</translation>
    </message>
    <message>
        <source>NOT anonymized: for internal use only</source>
        <translation>匿名化しません: 組織内での利用に限ってください</translation>
    </message>
    <message>
        <source>Add Term to Redact</source>
        <translation>伏せる語句を追加</translation>
    </message>
    <message>
        <source>A word or phrase to replace in every output (a product line, a project name):</source>
        <translation>すべての出力で置き換える語句(製品名、プロジェクト名など):</translation>
    </message>
    <message>
        <source>Write it as:</source>
        <translation>置き換え後の表記:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the map: change its pseudonym there.</source>
        <translation>「%1」はすでに対応表にあります。表の仮名を変更してください。</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>プレビューなし: %1</translation>
    </message>
    <message>
        <source>Choose at least one format, a folder and a file name.</source>
        <translation>出力形式を 1 つ以上選び、保存先フォルダーとファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and cannot be created.</source>
        <translation>フォルダー %1 は存在せず、作成もできません。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Wrote %1 to %2 (case %3).</source>
        <translation>%1 を %2 に書き出しました(案件 %3)。</translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation>エクスポートを中止しました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>&amp;MISP event</source>
        <translation>MISP イベント(&amp;M)</translation>
    </message>
    <message>
        <source>A MISP event (JSON) with e-mail, file, URL and domain/IP objects, for MISP&apos;s &quot;Add event from JSON&quot; or PyMISP</source>
        <translation>MISP の「JSON からイベントを追加」や PyMISP で読み込める MISP イベント（JSON）。メール、ファイル、URL、ドメイン／IP のオブジェクトを含みます</translation>
    </message>
    <message>
        <source>Timeline &amp;figure</source>
        <translation>タイムライン図(&amp;F)</translation>
    </message>
    <message>
        <source>The report&apos;s timeline figure as an image, with the same pseudonyms as the report</source>
        <translation>レポートのタイムライン図を画像として書き出します (仮名はレポートと同じ)</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Timeline figure format</source>
        <translation>タイムライン図の形式</translation>
    </message>
</context>
<context>
    <name>MailTriage::FindingCountModel</name>
    <message>
        <source>Finding</source>
        <translation>検出項目</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メール数</translation>
    </message>
</context>
<context>
    <name>MailTriage::FindingListModel</name>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出項目</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>箇所</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
</context>
<context>
    <name>MailTriage::HeaderChainModel</name>
    <message>
        <source>%1 (rDNS %2)</source>
        <translation>%1（逆引き %2）</translation>
    </message>
    <message>
        <source> · TLS</source>
        <translation> · TLS</translation>
    </message>
    <message>
        <source>▶ receiving side starts</source>
        <translation>▶ ここから受信側</translation>
    </message>
    <message>
        <source>receiving side</source>
        <translation>受信側</translation>
    </message>
    <message>
        <source>sender side (untrusted)</source>
        <translation>送信側（信頼できない）</translation>
    </message>
    <message>
        <source>Written by the receiving organisation&apos;s own servers: its times, IPs and authentication verdicts can be trusted.</source>
        <translation>受信組織自身のサーバーが記録した行です。時刻・IP アドレス・認証結果は信頼できます。</translation>
    </message>
    <message>
        <source>Written before the message reached the receiving organisation: the sender (or an attacker) can forge this line.</source>
        <translation>メールが受信組織に届く前に記録された行です。送信者（または攻撃者）が偽装できます。</translation>
    </message>
    <message>
        <source>This hop is earlier than the one before it: the chain is out of time order (clock skew or a forged line).</source>
        <translation>このホップは一つ前のホップより時刻が早く、経路の時刻順が逆転しています（時計のずれ、または偽造された行）。</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>記載どおり: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>From host</source>
        <translation>送信元ホスト</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>受信ホスト</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>時刻（ローカル）</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻（UTC）</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>記録した側</translation>
    </message>
</context>
<context>
    <name>MailTriage::HeaderChainView</name>
    <message>
        <source>Sender fields</source>
        <translation>送信者フィールド</translation>
    </message>
    <message>
        <source>Select a finding to see the bytes it comes from.</source>
        <translation>検出項目を選択すると、その根拠となる箇所を表示します。</translation>
    </message>
    <message>
        <source>Received hops (oldest first)</source>
        <translation>Received の経路（古い順）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出項目</translation>
    </message>
    <message>
        <source>Received hops: none (a sent-folder copy or a message never transported)</source>
        <translation>Received の経路: なし（送信済みフォルダーのコピー、または配送されていないメール）</translation>
    </message>
    <message numerus="yes">
        <source>Received hops (oldest first): %n hop(s)</source>
        <translation>
            <numerusform>Received の経路（古い順）: %n ホップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written before the receiving side (can be forged)</source>
        <translation>
            <numerusform>うち %n 件は受信側より前の記録（偽装可能）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sender fields — %n mismatch(es) with From</source>
        <translation>
            <numerusform>送信者フィールド — From との不一致 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>検出項目（%1）</translation>
    </message>
    <message>
        <source>(this finding is not tied to bytes of the message)</source>
        <translation>（この検出項目はメール内の特定の箇所に対応していません）</translation>
    </message>
    <message numerus="yes">
        <source>Reading notes (%n): what the reader could not read as written, or left out</source>
        <translation>
            <numerusform>読み取りメモ (%n 件): そのままでは読めなかった箇所、または読み取りを省いた箇所</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailTriage::ImportErrorsDialog</name>
    <message>
        <source>Files that could not be imported</source>
        <translation>取り込めなかったファイル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>一覧をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MailTriage::ImportProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Stop the import after the current batch; what was imported stays in the case.</source>
        <translation>処理中の単位が終わった時点で取り込みを中止します。取り込み済みのメールは案件に残ります。</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>中止しています...</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>取り込み中...</translation>
    </message>
    <message>
        <source>%1 / %2 files</source>
        <translation>%1 / %2 ファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 通</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 通/秒</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailTriage::IndicatorListModel</name>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File (SHA-256)</source>
        <translation>ファイル（SHA-256）</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>銀行口座</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>File name: %1</source>
        <translation>ファイル名: %1</translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation>銀行: %1</translation>
    </message>
    <message>
        <source>Context, not the attacker&apos;s to block: the exports never mark it malicious.</source>
        <translation>参考情報（攻撃者のものではないためブロック対象外）。エクスポートで悪性として扱うことはありません。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>メール中での役割</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メール数</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初出</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終</translation>
    </message>
</context>
<context>
    <name>MailTriage::IndicatorsView</name>
    <message>
        <source>Filter indicators</source>
        <translation>指標を絞り込む</translation>
    </message>
    <message>
        <source>Copy &amp;Defanged</source>
        <translation>無害化してコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Copy &amp;Live</source>
        <translation>そのままコピー(&amp;L)</translation>
    </message>
    <message>
        <source>hxxp, [.] and [@]: safe to paste into a ticket or a mail (Ctrl+C)</source>
        <translation>hxxp・[.]・[@] の形でコピーします。チケットやメールに安全に貼り付けられます（Ctrl+C）</translation>
    </message>
    <message>
        <source>Copy Defanged</source>
        <translation>無害化してコピー</translation>
    </message>
    <message>
        <source>Copy Live Values</source>
        <translation>値をそのままコピー</translation>
    </message>
    <message>
        <source>No attacker indicators in this case.</source>
        <translation>この案件には攻撃者の指標がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) of the attacker, as the exports write them</source>
        <translation>
            <numerusform>攻撃者の指標 %n 件（エクスポートと同じ一覧）</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>案件を読み込んでいます…</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>案件が開かれていません。</translation>
    </message>
    <message>
        <source>The values as they are, for a block list (Ctrl+Shift+C); context entries (grey) are left out</source>
        <translation>値をそのままコピーします。ブロックリスト用です（Ctrl+Shift+C）。参考情報（灰色）は含めません</translation>
    </message>
</context>
<context>
    <name>MailTriage::LinkListModel</name>
    <message>
        <source>(no text)</source>
        <translation>（テキストなし）</translation>
    </message>
    <message>
        <source>text names another host</source>
        <translation>表示と実際のホストが異なる</translation>
    </message>
    <message>
        <source>Shown text</source>
        <translation>表示テキスト</translation>
    </message>
    <message>
        <source>Real target</source>
        <translation>実際のリンク先</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>MailTriage::MainWindow</name>
    <message>
        <source>&amp;Header Chain</source>
        <translation>ヘッダー経路(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>ソース(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>本文(&amp;B)</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>添付ファイル(&amp;T)</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>タイムライン(&amp;M)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>That message is not in the list.</source>
        <translation>そのメールは一覧にありません。</translation>
    </message>
    <message>
        <source>Analysing the case...</source>
        <translation>案件を分析中...</translation>
    </message>
    <message>
        <source>Reading messages %1 / %2...</source>
        <translation>メールを読み込み中 %1 / %2...</translation>
    </message>
    <message>
        <source>MailTriage</source>
        <translation>MailTriage</translation>
    </message>
    <message>
        <source>&amp;New Case...</source>
        <translation>新規案件(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open Case...</source>
        <translation>案件を開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Demo Case</source>
        <translation>デモ案件を開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import Files...</source>
        <translation>ファイルを取り込む(&amp;I)...</translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation>フォルダーを取り込む(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>案件を閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find Messages...</source>
        <translation>メールを検索(&amp;F)...</translation>
    </message>
    <message>
        <source>Add &amp;Tag...</source>
        <translation>タグを追加(&amp;T)...</translation>
    </message>
    <message>
        <source>Add &amp;Note...</source>
        <translation>メモを追加(&amp;N)...</translation>
    </message>
    <message>
        <source>Damage &amp;Unknown</source>
        <translation>被害: 不明(&amp;U)</translation>
    </message>
    <message>
        <source>Damage &amp;Yes</source>
        <translation>被害: あり(&amp;Y)</translation>
    </message>
    <message>
        <source>Damage &amp;No</source>
        <translation>被害: なし(&amp;N)</translation>
    </message>
    <message>
        <source>Message &amp;List</source>
        <translation>メール一覧(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next Message</source>
        <translation>次のメール(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Message</source>
        <translation>前のメール(&amp;P)</translation>
    </message>
    <message>
        <source>Show Finding in &amp;Source</source>
        <translation>検出箇所をソースで表示(&amp;S)</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>レイアウトを初期状態に戻す(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使った案件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;BEC Type</source>
        <translation>BEC タイプ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Damage</source>
        <translation>被害(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Case Overview</source>
        <translation>案件の概要(&amp;C)</translation>
    </message>
    <message>
        <source>Timeline &amp;Zoom</source>
        <translation>タイムラインの拡大・縮小(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About MailTriage</source>
        <translation>MailTriage について(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — MailTriage</source>
        <translation>%1 — MailTriage</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>案件を開く</translation>
    </message>
    <message>
        <source>Wait for the import to finish (or cancel it) before opening another case.</source>
        <translation>別の案件を開く前に、取り込みの完了を待つか中止してください。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新規案件</translation>
    </message>
    <message>
        <source>Wait for the import to finish (or cancel it) before creating another case.</source>
        <translation>新しい案件を作成する前に、取り込みの完了を待つか中止してください。</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>MailTriage cases (*.%1)</source>
        <translation>MailTriage 案件ファイル (*.%1)</translation>
    </message>
    <message>
        <source>Case title:</source>
        <translation>案件名:</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 は既に存在します。そのファイルを開くか、別の名前を指定してください。</translation>
    </message>
    <message>
        <source>MailTriage cases (*.%1);;All files (*)</source>
        <translation>MailTriage 案件ファイル (*.%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>メールの取り込み</translation>
    </message>
    <message>
        <source>E-mail files (*.eml *.msg *.mbox);;All files (*)</source>
        <translation>メールファイル (*.eml *.msg *.mbox);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import a folder of messages</source>
        <translation>メールのフォルダーを取り込む</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>案件を閉じる</translation>
    </message>
    <message>
        <source>Wait for the import to finish (or cancel it) before closing the case.</source>
        <translation>案件を閉じる前に、取り込みの完了を待つか中止してください。</translation>
    </message>
    <message>
        <source>Case of %1</source>
        <translation>%1 の案件</translation>
    </message>
    <message>
        <source>Created a new case for the dropped files: %1</source>
        <translation>ドロップされたファイル用に新しい案件を作成しました: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>The case is open read-only; nothing can be imported into it.</source>
        <translation>案件が読み取り専用で開かれているため、取り込みできません。</translation>
    </message>
    <message>
        <source>Queued: the files will be imported after the running import.</source>
        <translation>待機中: 実行中の取り込みが終わった後に取り込みます。</translation>
    </message>
    <message>
        <source>The parser worker program (mailtriage-worker) was not found: files are parsed inside MailTriage itself, without the sandbox.</source>
        <translation>解析用ワーカー (mailtriage-worker) が見つからないため、サンドボックスを使わずに MailTriage 本体でファイルを解析しています。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>%n 通を取り込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n 通は取り込み済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Import cancelled: </source>
        <translation>取り込みを中止しました: </translation>
    </message>
    <message>
        <source>The import could not run: %1</source>
        <translation>取り込みを実行できませんでした: %1</translation>
    </message>
    <message>
        <source>The import stopped: %1. What was imported before stays in the case; importing the same files again continues.</source>
        <translation>取り込みが停止しました: %1。それまでに取り込んだメールは案件に残ります。同じファイルをもう一度取り込むと続きから処理します。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or message(s) could not be imported. The other files were imported.</source>
        <translation>
            <numerusform>%n 件のファイルまたはメールを取り込めませんでした。その他のファイルは取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo case</source>
        <translation>デモ案件</translation>
    </message>
    <message>
        <source>Could not prepare the demo files.</source>
        <translation>デモファイルを準備できませんでした。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>A&amp;ttachments (%1)</source>
        <translation>添付ファイル（%1）(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No case is open.&lt;/b&gt; Create one with File &amp;gt; New Case, open one, try the demo case (File &amp;gt; Open Demo Case), or drop .eml, .msg or .mbox files and folders here.</source>
        <translation>&lt;b&gt;案件が開かれていません。&lt;/b&gt;「ファイル &amp;gt; 新規案件」で作成するか既存の案件を開く、デモ案件を試す（ファイル &amp;gt; デモ案件を開く）、または .eml・.msg・.mbox ファイルやフォルダーをここにドロップしてください。</translation>
    </message>
    <message>
        <source>This case has no messages yet: drop .eml, .msg or .mbox files or folders here, or use File &amp;gt; Import.</source>
        <translation>この案件にはまだメールがありません。.eml・.msg・.mbox ファイルやフォルダーをここにドロップするか、「ファイル &amp;gt; ファイルを取り込む」を使ってください。</translation>
    </message>
    <message>
        <source>Select a message in the list or on the timeline.</source>
        <translation>一覧またはタイムラインでメールを選択してください。</translation>
    </message>
    <message>
        <source>ATTACKER</source>
        <translation>攻撃者</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>copies: %1</source>
        <translation>保存元: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language is used from the next start of MailTriage. Restart now?</source>
        <translation>新しい言語は MailTriage の次回起動時から使われます。今すぐ再起動しますか？</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>About MailTriage</source>
        <translation>MailTriage について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MailTriage %1&lt;/h3&gt;&lt;p&gt;A workbench for triaging suspicious e-mail and business e-mail compromise cases.&lt;/p&gt;&lt;p&gt;Messages are evidence: nothing in them is executed, fetched or opened. Syntax highlighting of the raw source by KSyntaxHighlighting.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MailTriage %1&lt;/h3&gt;&lt;p&gt;不審メールとビジネスメール詐欺（BEC）案件をトリアージするためのワークベンチです。&lt;/p&gt;&lt;p&gt;メールは証拠として扱い、その中身を実行・取得・オープンすることは一切ありません。生ソースの構文ハイライトには KSyntaxHighlighting を使用しています。&lt;/p&gt;&lt;p&gt;ライセンス: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>取り込み実行中</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit? What was imported so far stays in the case.</source>
        <translation>取り込みがまだ実行中です。中止して終了しますか？ それまでに取り込んだメールは案件に残ります。</translation>
    </message>
    <message>
        <source>&amp;Export Report...</source>
        <translation>レポートをエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>The anonymized incident report (PDF), STIX 2.1 and CSV of the case</source>
        <translation>案件の匿名化インシデントレポート(PDF)、STIX 2.1、CSV</translation>
    </message>
    <message>
        <source>&amp;MailTriage&apos;s Attribution</source>
        <translation>MailTriage の判定(&amp;M)</translation>
    </message>
    <message>
        <source>A &amp;Party (Not the Attacker)</source>
        <translation>当事者(攻撃者ではない)(&amp;P)</translation>
    </message>
    <message>
        <source>The &amp;Attacker</source>
        <translation>攻撃者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unknown Sender</source>
        <translation>不明な送信者(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Who Wrote This Message</source>
        <translation>このメールの送信者(&amp;W)</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>取り込みを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>Open a case and wait for its analysis before exporting a report.</source>
        <translation>レポートをエクスポートするには、案件を開いて分析の完了を待ってください。</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>指標(&amp;I)</translation>
    </message>
</context>
<context>
    <name>MailTriage::MessageListModel</name>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>MailTriage::MessageListPanel</name>
    <message>
        <source>Search subject, addresses, names and text (Ctrl+F)</source>
        <translation>件名・アドレス・名前・本文を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>関係者(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>区分(&amp;A):</translation>
    </message>
    <message>
        <source>Si&amp;gnal:</source>
        <translation>シグナル(&amp;G):</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>重大度(&amp;V):</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Low or higher</source>
        <translation>低以上</translation>
    </message>
    <message>
        <source>Medium or higher</source>
        <translation>中以上</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高のみ</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Any finding</source>
        <translation>検出ありのみ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2 件</translation>
    </message>
</context>
<context>
    <name>MailTriage::PartyListModel</name>
    <message>
        <source>Domains: %1</source>
        <translation>ドメイン: %1</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>MailTriage::PseudonymMapModel</name>
    <message>
        <source>organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>company word</source>
        <translation>社名の語</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>domain label</source>
        <translation>ドメインの名前部分</translation>
    </message>
    <message>
        <source>look-alike domain</source>
        <translation>類似ドメイン</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人名</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>イニシャル</translation>
    </message>
    <message>
        <source>mailbox name</source>
        <translation>アドレスのローカル部</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>IP network</source>
        <translation>IP ネットワーク</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>銀行口座</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>attacker domain</source>
        <translation>攻撃者のドメイン</translation>
    </message>
    <message>
        <source>attacker address</source>
        <translation>攻撃者のアドレス</translation>
    </message>
    <message>
        <source>attacker IP</source>
        <translation>攻撃者の IP</translation>
    </message>
    <message>
        <source>your term</source>
        <translation>追加した語句</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>attachment names</source>
        <translation>添付ファイル名</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not found in the messages&apos; subjects, addresses, bodies or attachment names; it may occur in headers or be derived from another entry.</source>
        <translation>メールの件名・アドレス・本文・添付ファイル名には見つかりません。ヘッダー内にあるか、別の項目から派生した値です。</translation>
    </message>
    <message>
        <source>the organisation of party %1</source>
        <translation>当事者 %1 の組織</translation>
    </message>
    <message>
        <source>Real value</source>
        <translation>実際の値</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>仮名</translation>
    </message>
    <message>
        <source>Pseudonym (Japanese)</source>
        <translation>仮名(日本語)</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>出現箇所</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
</context>
<context>
    <name>MailTriage::SenderFieldsModel</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>同一組織</translation>
    </message>
    <message>
        <source>differs from From</source>
        <translation>From と不一致</translation>
    </message>
    <message>
        <source>The %1 domain %2 does not belong to the From domain&apos;s organisation.</source>
        <translation>%1 のドメイン %2 は From ドメインの組織に属していません。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Compared with From</source>
        <translation>From との比較</translation>
    </message>
</context>
<context>
    <name>MailTriage::SourceView</name>
    <message>
        <source>This message is %1; only the first %2 are shown here. Findings beyond that point cannot be marked. Save the original from the case to read all of it.</source>
        <translation>このメールのサイズは %1 です。ここでは先頭の %2 のみ表示しており、それ以降にある検出箇所はマークできません。全体を確認するには案件から原本を保存してください。</translation>
    </message>
    <message>
        <source>Syntax highlighting is off: kate-syntax-highlighter is not installed (Debian package libkf5syntaxhighlighting-tools).</source>
        <translation>構文ハイライトは無効です: kate-syntax-highlighter がインストールされていません（Debian パッケージ libkf5syntaxhighlighting-tools）。</translation>
    </message>
    <message>
        <source>Highlighted by %1.</source>
        <translation>%1 でハイライト表示しています。</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 を読み込み中...</translation>
    </message>
    <message>
        <source>Loading... %1 %</source>
        <translation>読み込み中... %1 %</translation>
    </message>
</context>
<context>
    <name>MailTriage::TimelinePanel</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Readable Size</source>
        <translation>標準サイズ(&amp;R)</translation>
    </message>
    <message>
        <source>full detail</source>
        <translation>詳細表示</translation>
    </message>
    <message>
        <source>one line per message</source>
        <translation>1 通 1 行</translation>
    </message>
    <message>
        <source>arrows only, some time labels</source>
        <translation>矢印のみ（時刻ラベルは間引き）</translation>
    </message>
    <message>
        <source>clustered: several messages per arrow</source>
        <translation>集約表示（矢印 1 本に複数のメール）</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; attacker messages · dotted line: more than 12 h between messages · %2 · Ctrl+wheel zooms</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; 攻撃者のメール · 点線: 前のメールから 12 時間以上 · %2 · Ctrl+ホイールで拡大・縮小</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>タイムラインの書き出し</translation>
    </message>
    <message>
        <source>Export Timeline View as &amp;PNG...</source>
        <translation>タイムライン表示を PNG で書き出し(&amp;P)...</translation>
    </message>
    <message>
        <source>View as PNG...</source>
        <translation>表示を PNG で...</translation>
    </message>
    <message>
        <source>Export Timeline View as &amp;SVG...</source>
        <translation>タイムライン表示を SVG で書き出し(&amp;S)...</translation>
    </message>
    <message>
        <source>View as SVG...</source>
        <translation>表示を SVG で...</translation>
    </message>
    <message>
        <source>The timeline as shown here, with real names: for internal use. To share it, use Export Report… and choose &quot;Timeline figure&quot; (anonymized).</source>
        <translation>画面のとおりのタイムライン (実名入り): 組織内用です。共有するには「レポートをエクスポート...」で「タイムライン図」を選んでください (匿名化されます)。</translation>
    </message>
</context>
<context>
    <name>MailTriage::TimelineView</name>
    <message>
        <source>The timeline appears once the case has messages and has been analysed.</source>
        <translation>案件にメールが取り込まれ、分析が終わるとタイムラインが表示されます。</translation>
    </message>
    <message>
        <source>%1 after the previous message</source>
        <translation>前のメールから %1 後</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Verify every request to change a bank account or a payment date by telephone, using a number from your own records or the contract, never one given in the e-mail.</source>
        <translation>振込先口座や支払日の変更依頼は、メールに書かれた連絡先ではなく、契約書や既知の電話番号で相手に電話して確認する。</translation>
    </message>
    <message>
        <source>Make changes of payment details need a second person&apos;s approval (an internal rule).</source>
        <translation>振込先の変更には複数人の承認を必要とする社内ルールを整備する。</translation>
    </message>
    <message>
        <source>Check the sender&apos;s full e-mail address, not only the display name: look for look-alike domains (&apos;rn&apos; for &apos;m&apos;, added hyphens, another ending) and for free-mail addresses that imitate a partner, and check where a reply would go (Reply-To).</source>
        <translation>差出人の表示名だけでなく、メールアドレス全体を確認する。類似ドメイン(m を rn にする、ハイフンを加える、末尾を変える)や取引先を装ったフリーメールアドレスに注意し、返信先(Reply-To)も確認する。</translation>
    </message>
    <message>
        <source>Before replying to all, check the Cc addresses: the attacker rewrote colleagues&apos; addresses so that the real people never saw the fraud.</source>
        <translation>全員に返信する前に同報(Cc)のアドレスを確認する。攻撃者は同報先を書き換え、本物の関係者に偽メールが届かないようにしていた。</translation>
    </message>
    <message>
        <source>Publish SPF and DKIM for your domains and a DMARC policy of p=reject (at least p=quarantine), and ask your partners to do the same: a forged sender address then no longer reaches the inbox.</source>
        <translation>自社ドメインに SPF と DKIM を設定し、DMARC ポリシーを p=reject(少なくとも p=quarantine)にする。取引先にも同じ設定を依頼する。これにより差出人を詐称したメールは受信箱に届かなくなる。</translation>
    </message>
    <message>
        <source>Quarantine inbound mail that fails DMARC, and mark mail from outside the organisation with a visible warning.</source>
        <translation>DMARC 認証に失敗した受信メールは隔離し、組織外からのメールには注意喚起の表示を付ける。</translation>
    </message>
    <message>
        <source>The attacker knew the ongoing exchange: check both sides&apos; mailboxes for compromise (forwarding rules, unknown sign-ins, remote-access tools), change the passwords and turn on multi-factor authentication.</source>
        <translation>攻撃者は進行中のやりとりを把握していた。双方のメールアカウントの侵害(転送設定、不審なサインイン、遠隔操作ツール)を調べ、パスワードを変更して多要素認証を有効にする。</translation>
    </message>
    <message>
        <source>Treat a reply that quotes a message you never sent as a sign of an attack and report it at once: in this case it was the first visible trace.</source>
        <translation>送った覚えのないメールを引用した返信が届いたら攻撃の兆候と考え、すぐに報告する。本事例ではこれが最初に見えた痕跡だった。</translation>
    </message>
    <message>
        <source>Confirm unusual or confidential requests from executives in person or by telephone; do not answer them by e-mail.</source>
        <translation>経営者等からの普段と異なる依頼や「極秘」の依頼は、メールで返信せず、対面や電話で本人に確認する。</translation>
    </message>
    <message>
        <source>Do not send read receipts to addresses outside the sender&apos;s organisation.</source>
        <translation>差出人の組織外のアドレスへ開封確認を送らない。</translation>
    </message>
    <message>
        <source>Do not follow links in such mail; enter passwords only on sites you reach yourself.</source>
        <translation>このようなメールのリンクは開かず、パスワードは自分でアクセスしたサイトでのみ入力する。</translation>
    </message>
    <message>
        <source>Do not open unexpected attachments or enable macros; have suspicious files checked.</source>
        <translation>心当たりのない添付ファイルは開かず、マクロを有効にしない。不審なファイルは調査を依頼する。</translation>
    </message>
    <message>
        <source>Keep automatic loading of remote images off: it tells the sender that the mail was read.</source>
        <translation>リモート画像の自動読み込みを無効にする。開封したことが送信者に伝わるため。</translation>
    </message>
    <message>
        <source>Share the indicators with the partner, the banks involved and your information-sharing community, and keep the original messages (.eml/.msg) unchanged as evidence.</source>
        <translation>指標を取引先、関係する銀行、情報共有の枠組みと共有し、原本のメール(.eml/.msg)を改変せずに証拠として保全する。</translation>
    </message>
    <message>
        <source>Tell everyone who handles payments or executive requests about this case: knowing the trick is what made the recipient stop.</source>
        <translation>支払いや経営者からの依頼を扱う担当者全員に本事例を周知する。手口を知っていることが被害を防ぐ鍵となる。</translation>
    </message>
    <message>
        <source>interjection into an ongoing exchange between the parties</source>
        <translation>当事者間のやりとりへの介入</translation>
    </message>
    <message>
        <source>a forged sender address (SPF/DMARC failed at the recipient)</source>
        <translation>差出人アドレスの詐称(受信側で SPF/DMARC 認証に失敗)</translation>
    </message>
    <message>
        <source>free-mail addresses made to look like the parties&apos; addresses</source>
        <translation>関係者のアドレスに似せたフリーメールアドレスの悪用</translation>
    </message>
    <message>
        <source>look-alike domains</source>
        <translation>類似ドメインの使用</translation>
    </message>
    <message>
        <source>the impersonated person&apos;s address written into the display name</source>
        <translation>表示名への詐称相手のメールアドレスの記載</translation>
    </message>
    <message>
        <source>a Reply-To that sends replies to the attacker</source>
        <translation>返信先(Reply-To)の細工</translation>
    </message>
    <message>
        <source>an envelope sender (Return-Path) outside the impersonated organisation</source>
        <translation>不達通知先(Return-Path)の細工</translation>
    </message>
    <message>
        <source>rewritten Cc addresses</source>
        <translation>同報(Cc)メールアドレスの改変</translation>
    </message>
    <message>
        <source>read/delivery receipts requested to the attacker&apos;s address</source>
        <translation>開封・配信確認の通知先の細工</translation>
    </message>
    <message>
        <source>a request to pay into a different bank account</source>
        <translation>偽の口座への送金依頼</translation>
    </message>
    <message>
        <source>a request to change the payment date</source>
        <translation>送金予定日の変更依頼</translation>
    </message>
    <message>
        <source>a reply quoting the forged mail reached the real party</source>
        <translation>偽メールを引用した返信が本物の当事者に届いた</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source> (suggested by MailTriage, not yet confirmed by the analyst)</source>
        <translation>(MailTriage による推定、分析者未確認)</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>In %1 the e-mail exchange between %2 was analysed; no message of an attacker was found.</source>
        <translation>%1、%2の間のメールのやりとりを分析したが、攻撃者によるメールは確認されなかった。</translation>
    </message>
    <message>
        <source>a party</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>In %1, during an e-mail exchange between %2, an attacker impersonating %3 sent %4 forged message to %5.</source>
        <translation>%1、%2の間のメールのやりとりにおいて、%3の担当者になりすました攻撃者が、%5へ偽のメールを%4通送った。</translation>
    </message>
    <message>
        <source>In %1, during an e-mail exchange between %2, an attacker impersonating %3 sent %4 forged messages to %5.</source>
        <translation>%1、%2の間のメールのやりとりにおいて、%3の担当者になりすました攻撃者が、%5へ偽のメールを%4通送った。</translation>
    </message>
    <message>
        <source> Tricks used: %1.</source>
        <translation>手口: %1。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 アドレス</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6 アドレス</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>file (SHA-256)</source>
        <translation>ファイル(SHA-256)</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>銀行口座</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Business e-mail compromise: %1</source>
        <translation>ビジネスメール詐欺の事例:%1</translation>
    </message>
    <message>
        <source>Suspicious e-mail case</source>
        <translation>不審メールの事例</translation>
    </message>
    <message>
        <source>INCIDENT REPORT  ·  BUSINESS E-MAIL COMPROMISE</source>
        <translation>インシデント報告書 ・ ビジネスメール詐欺(BEC)</translation>
    </message>
    <message>
        <source>Case %1  ·  generated %2</source>
        <translation>事例 %1 ・ 作成 %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>事例番号</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>Messages analysed</source>
        <translation>分析したメール</translation>
    </message>
    <message>
        <source>%1 distinct messages (%2 copies in the mailboxes), %3 from the attacker</source>
        <translation>%1 通(メールボックス内の写し %2 件)、うち攻撃者からのメール %3 通</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>BEC type</source>
        <translation>BEC のタイプ</translation>
    </message>
    <message>
        <source>Anonymization</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>People, organisations, addresses, domains and internal IPs are replaced by pseudonyms; attacker indicators are kept, defanged.</source>
        <translation>人名・組織名・メールアドレス・ドメイン・内部 IP アドレスは仮名に置き換え、攻撃者の指標は無害化して記載。</translation>
    </message>
    <message>
        <source>Not anonymized: for internal use only. Attacker indicators are defanged.</source>
        <translation>匿名化なし(内部利用のみ)。攻撃者の指標は無害化して記載。</translation>
    </message>
    <message>
        <source>Table 1  Case summary</source>
        <translation>表 1 事例概要</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>項番</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>情報提供日</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>事例概要</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>被害の有無</translation>
    </message>
    <message>
        <source>Tricks used</source>
        <translation>使われた手口</translation>
    </message>
    <message>
        <source>In this case the following tricks were used:</source>
        <translation>本事例では、詐欺の過程において、次の手口が使われた。</translation>
    </message>
    <message>
        <source>Why this type</source>
        <translation>タイプ判定の根拠</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>まず行うべき対策</translation>
    </message>
    <message>
        <source>All countermeasures: section 5.</source>
        <translation>対策の一覧は 5 章を参照。</translation>
    </message>
    <message>
        <source>1  Timeline of the exchange</source>
        <translation>1 攻撃者とのやりとり</translation>
    </message>
    <message>
        <source>Figure 1 shows every distinct message of the case in true time order, one lane per organisation and one for the attacker. Red arrows are the attacker&apos;s messages (%1 of %2).</source>
        <translation>図 1 に、本事例のメールを実際の時刻順に示す(組織ごとのレーンと攻撃者のレーン)。赤の矢印が攻撃者からのメールである(%2 通中 %1 通)。</translation>
    </message>
    <message>
        <source>The attacker&apos;s first message (#%1) came %2 after the previous message of %3 (#%4).</source>
        <translation>攻撃者の最初のメール(#%1)は、%3 のメール(#%4)の %2 後に送られている。</translation>
    </message>
    <message>
        <source>Figure 1 shows every distinct message of the case in true time order.</source>
        <translation>図 1 に、本事例のメールを実際の時刻順に示す。</translation>
    </message>
    <message>
        <source>Fig. 1  Exchange with the attacker</source>
        <translation>図 1 攻撃者とのやりとり</translation>
    </message>
    <message>
        <source> — times in %1</source>
        <translation>(時刻は %1)</translation>
    </message>
    <message>
        <source>[… shortened]</source>
        <translation>[… 以下省略]</translation>
    </message>
    <message>
        <source>2  The attacker&apos;s messages</source>
        <translation>2 攻撃者からのメール</translation>
    </message>
    <message>
        <source>For each message of the attacker: its envelope, the relevant header fields as they arrived (anonymized; the highlighted lines are where the findings come from), what the headers show, and the beginning of the text.</source>
        <translation>攻撃者からの各メールについて、宛先等の概要、受信時のヘッダの抜粋(匿名化済み。検出結果の根拠となる行を強調表示)、ヘッダから分かること、本文の冒頭を示す。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Posing as</source>
        <translation>詐称した相手</translation>
    </message>
    <message>
        <source>%1 (%2 bytes, SHA-256 %3)</source>
        <translation>%1(%2 バイト、SHA-256 %3)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Header excerpt of #%1</source>
        <translation>#%1 のヘッダ抜粋</translation>
    </message>
    <message>
        <source>Why MailTriage classes it as the attacker&apos;s</source>
        <translation>攻撃者のメールと判定した理由</translation>
    </message>
    <message>
        <source>What the headers and the content show</source>
        <translation>ヘッダと内容から分かること</translation>
    </message>
    <message>
        <source>Beginning of the text (anonymized)</source>
        <translation>本文の冒頭(匿名化済み)</translation>
    </message>
    <message>
        <source>3  Findings</source>
        <translation>3 検出結果</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>検出結果はない。</translation>
    </message>
    <message>
        <source>Every finding of low severity or above, per message (#n as in figure 1).</source>
        <translation>重要度「低」以上の検出結果をメールごとに示す(#n は図 1 の番号)。</translation>
    </message>
    <message>
        <source>Table 2  Findings</source>
        <translation>表 2 検出結果</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出項目</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>4  Indicators</source>
        <translation>4 攻撃の指標</translation>
    </message>
    <message>
        <source>No attacker indicators.</source>
        <translation>攻撃者の指標はない。</translation>
    </message>
    <message>
        <source>What the attacker used, for blocking and searching. Values are defanged so that nothing is clickable: read [.] as &apos;.&apos;, [@] as &apos;@&apos;, [:] as &apos;:&apos;, hxxp as http. Values that carried a party&apos;s name are anonymized like the rest of the report.</source>
        <translation>攻撃者が使用したもの(ブロックや検索に利用)。誤ってアクセスしないよう無害化して記載する:[.] は「.」、[@] は「@」、[:] は「:」、hxxp は http と読み替える。当事者の名称を含む値は本報告書の他の部分と同様に匿名化している。</translation>
    </message>
    <message>
        <source>Table 3  Indicators</source>
        <translation>表 3 攻撃の指標</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>5  Countermeasures</source>
        <translation>5 対策</translation>
    </message>
    <message>
        <source>None specific to this case.</source>
        <translation>本事例に固有の対策はない。</translation>
    </message>
    <message>
        <source>Chosen from what this case shows:</source>
        <translation>本事例で確認された内容から、次の対策を推奨する。</translation>
    </message>
    <message>
        <source>6  Analyst notes</source>
        <translation>6 分析者のメモ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>本報告書について</translation>
    </message>
    <message>
        <source>Written by MailTriage from the messages of the case. Findings are MailTriage&apos;s reading of the headers and texts; the BEC type is the analyst&apos;s (or, where marked, MailTriage&apos;s suggestion).</source>
        <translation>本報告書は、事例のメールをもとに MailTriage が作成した。検出結果は MailTriage によるヘッダと本文の分析であり、BEC のタイプは分析者の判断(明記した場合は MailTriage の推定)である。</translation>
    </message>
    <message>
        <source>Anonymization: organisations are named Company A, B, … (the lanes of figure 1), people Alice, Bob, Carol, …, consistently throughout. Their domains are written a-company.co.jp with the real ending; look-alike domains keep their trick (a-cornpany.co.jp). Internal host names and the parties&apos; IP addresses are replaced by host1.… and documentation addresses (192.0.2.0/24, 2001:db8::/32); telephone numbers and postal addresses of the parties are removed. The pseudonym map is not part of this report.</source>
        <translation>匿名化: 組織は A社、B社…(図 1 のレーン)、人物は Alice、Bob、Carol…と一貫して置き換えた。ドメインは実際の末尾を残して a-company.co.jp のように記載し、類似ドメインは手口を残して記載した(a-cornpany.co.jp)。内部ホスト名と当事者の IP アドレスは host1.… と文書用アドレス(192.0.2.0/24、2001:db8::/32)に置き換え、当事者の電話番号と住所は削除した。仮名の対応表は本報告書に含まれない。</translation>
    </message>
    <message>
        <source>Distribution: %1.</source>
        <translation>取り扱い: %1。</translation>
    </message>
    <message>
        <source>as agreed</source>
        <translation>合意に従う</translation>
    </message>
    <message>
        <source>MailTriage  ·  Incident report %1</source>
        <translation>MailTriage ・ インシデント報告書 %1</translation>
    </message>
    <message>
        <source>Case %1  ·  generated %2%3</source>
        <translation>事例 %1 ・ 作成 %2%3</translation>
    </message>
    <message>
        <source>  ·  anonymized</source>
        <translation> ・ 匿名化済み</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Incident report %1</source>
        <translation>インシデント報告書 %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(件名なし)</translation>
    </message>
    <message>
        <source>posing as %1</source>
        <translation>%1を詐称</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>日時(%1)</translation>
    </message>
    <message>
        <source>message from the attacker</source>
        <translation>攻撃者からのメール</translation>
    </message>
    <message>
        <source>message between the parties</source>
        <translation>当事者間のメール</translation>
    </message>
    <message>
        <source>#n message number · +time since the previous message</source>
        <translation>#n メール番号 ・ +時間 直前のメールからの経過時間</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[電話番号]</translation>
    </message>
    <message>
        <source>[postal address]</source>
        <translation>[住所]</translation>
    </message>
    <message>
        <source>Attacker</source>
        <translation>攻撃者</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>%1社</translation>
    </message>
    <message>
        <source>The case has no message to draw.</source>
        <translation>図にするメールが案件にありません。</translation>
    </message>
    <message>
        <source>The timeline has %1 messages, more than one image can hold (%2): export the PDF report, which splits the figure over pages.</source>
        <translation>タイムラインのメールは %1 件で、1 枚の画像に収まる数 (%2) を超えています: 図をページに分割する PDF レポートを書き出してください。</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>%1 を書き込めませんでした: フォルダーが存在し、書き込み可能か確認してください。</translation>
    </message>
    <message>
        <source>Case timeline exported by MailTriage</source>
        <translation>MailTriage で書き出した案件のタイムライン</translation>
    </message>
    <message>
        <source>In %1 an attacker impersonating %2 sent %3 forged message to %4.</source>
        <translation>%1、%2の担当者になりすました攻撃者が、%4へ偽のメールを%3通送った。</translation>
    </message>
    <message>
        <source>In %1 an attacker impersonating %2 sent %3 forged messages to %4.</source>
        <translation>%1、%2の担当者になりすました攻撃者が、%4へ偽のメールを%3通送った。</translation>
    </message>
</context>
<context>
    <name>Signal</name>
    <message>
        <source>Reply-To differs from From</source>
        <translation>返信先(Reply-To)が差出人と異なる</translation>
    </message>
    <message>
        <source>Envelope sender (Return-Path) unrelated to From</source>
        <translation>エンベロープ送信者(Return-Path)が差出人と無関係</translation>
    </message>
    <message>
        <source>DKIM signature of another domain than From</source>
        <translation>DKIM 署名のドメインが差出人と異なる</translation>
    </message>
    <message>
        <source>SPF failed</source>
        <translation>SPF 認証の失敗</translation>
    </message>
    <message>
        <source>No valid DKIM signature of the sender</source>
        <translation>差出人ドメインの有効な DKIM 署名がない</translation>
    </message>
    <message>
        <source>DMARC failed</source>
        <translation>DMARC 認証の失敗</translation>
    </message>
    <message>
        <source>Broken ARC chain</source>
        <translation>ARC チェーンの検証失敗</translation>
    </message>
    <message>
        <source>Display name contains an e-mail address</source>
        <translation>表示名にメールアドレスが含まれる</translation>
    </message>
    <message>
        <source>Address in the display name differs from the real sender</source>
        <translation>表示名中のアドレスが実際の送信元と異なる</translation>
    </message>
    <message>
        <source>Display name claims a brand the address does not belong to</source>
        <translation>表示名が送信元と無関係なブランド・組織を名乗る</translation>
    </message>
    <message>
        <source>Several weak signs together</source>
        <translation>弱い兆候の重なり</translation>
    </message>
    <message>
        <source>Free-mail sender</source>
        <translation>フリーメールからの送信</translation>
    </message>
    <message>
        <source>Free-mail sender signs as an executive of the recipient&apos;s organisation</source>
        <translation>フリーメールの差出人が受信者の組織の役員を名乗る</translation>
    </message>
    <message>
        <source>Free-mail address imitating a party</source>
        <translation>関係者を装うフリーメールアドレス</translation>
    </message>
    <message>
        <source>Look-alike domain</source>
        <translation>類似ドメイン</translation>
    </message>
    <message>
        <source>Delivery/read receipts requested to an outside address</source>
        <translation>配送・開封通知の送付先が外部アドレス</translation>
    </message>
    <message>
        <source>Open-tracking image</source>
        <translation>開封確認用の画像(ウェブビーコン)</translation>
    </message>
    <message>
        <source>Cosmic Lynx address naming</source>
        <translation>Cosmic Lynx 型のアドレス命名</translation>
    </message>
    <message>
        <source>Japanese CEO-fraud Reply-To naming</source>
        <translation>日本語 CEO 詐欺型の返信先アドレス</translation>
    </message>
    <message>
        <source>Request to change or hold a payment</source>
        <translation>振込先の変更・支払い保留の依頼</translation>
    </message>
    <message>
        <source>Link text names another site than its target</source>
        <translation>リンクの表示文字列とリンク先が異なる</translation>
    </message>
    <message>
        <source>Risky link</source>
        <translation>危険なリンク</translation>
    </message>
    <message>
        <source>Risky attachment</source>
        <translation>危険な添付ファイル</translation>
    </message>
    <message>
        <source>Message-ID from an unrelated domain</source>
        <translation>Message-ID のドメインが送信元と無関係</translation>
    </message>
    <message>
        <source>Ambiguous MIME structure</source>
        <translation>MIME 構造の解釈が曖昧</translation>
    </message>
    <message>
        <source>Inconsistent Received chain</source>
        <translation>Received ヘッダの不整合</translation>
    </message>
    <message>
        <source>Cc addresses altered</source>
        <translation>CC のアドレスの改変</translation>
    </message>
    <message>
        <source>Cc addresses altered to free-mail</source>
        <translation>CC のフリーメールへの改変</translation>
    </message>
    <message>
        <source>Sender&apos;s infrastructure changed</source>
        <translation>送信元の配送経路・認証結果の変化</translation>
    </message>
    <message>
        <source>Reply quotes a message the sender never sent</source>
        <translation>送信していないメールを引用した返信</translation>
    </message>
    <message>
        <source>Bank account changed</source>
        <translation>振込先口座の変更</translation>
    </message>
    <message>
        <source>Payment date changed</source>
        <translation>支払期日の変更</translation>
    </message>
    <message>
        <source>Attacker message inserted into a thread</source>
        <translation>スレッドへの攻撃者メールの割り込み</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>attacker</source>
        <translation>攻撃者</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>ローカル時刻</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メール</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 通</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the attacker</source>
        <translation>
            <numerusform>攻撃者から %n 通</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Case timeline exported by MailTriage</source>
        <translation>MailTriage で書き出した案件のタイムライン</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>記載どおり: %1</translation>
    </message>
    <message>
        <source>From: %1
To/Cc: %2</source>
        <translation>差出人: %1
宛先/CC: %2</translation>
    </message>
    <message>
        <source>Highest severity: %1</source>
        <translation>最大重大度: %1</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>attacker</source>
        <translation>攻撃者</translation>
    </message>
    <message>
        <source>party</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>X (attacker)</source>
        <translation>X（攻撃者）</translation>
    </message>
    <message>
        <source>? (unknown)</source>
        <translation>?（不明）</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform>（他 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 (analyst)</source>
        <translation>%1(分析者の判定)</translation>
    </message>
    <message>
        <source>Set by the analyst (Edit &gt; Who Wrote This Message); MailTriage found: %1</source>
        <translation>分析者が設定しました(編集 &gt; このメールの送信者)。MailTriage の判定: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Triage workbench for suspicious e-mail and business e-mail compromise cases.</source>
        <translation>不審メールとビジネスメール詐欺（BEC）案件のトリアージ用ワークベンチ。</translation>
    </message>
    <message>
        <source>Open the bundled demo case (imported on first use).</source>
        <translation>同梱のデモ案件を開きます（初回は取り込みを行います）。</translation>
    </message>
    <message>
        <source>A case file to open, or .eml/.msg/.mbox files and folders to import into a new case.</source>
        <translation>開く案件ファイル、または新しい案件に取り込む .eml/.msg/.mbox ファイルやフォルダー。</translation>
    </message>
</context>
</TS>
