// Fase 3 — Buiten adem. Het café, de nacht erna, het koord, de deur.
// Vlaggen en hulpfuncties staan in ../common/phase3.ink (p3_…). Tweeling van ../en/phase3.ink.

=== cafe ===
# phase: 3
# scene: cafe
Zolang jullie alleen zijn, is er niets aan de hand. Zodra er anderen bij komen, word je waakzaam, en dat ken je niet van jezelf.
Vrijdagavond, het café op de hoek. Noor zit aan de bar met een collega.
{
- partner_close():
    {partner_name} doet de ceremoniemeester van een bruiloft na, stemmetjes en al, met {zijn()} knie tegen de jouwe. Je lacht zo hard dat de kaarsvlam ervan buigt.
- partner_far():
    {partner_name} kwam drie kwartier te laat binnen, zonder sorry, en {zijn()} telefoon ligt met het scherm naar boven tussen jullie in.
- else:
    {partner_name} doet de ceremoniemeester van een bruiloft na en je lacht, al kijkt {hij()} onder het praten twee keer naar de deur.
}
De deur gaat open. Vijf, zes mensen komen binnen en schudden hun paraplu’s uit. {Zijn()} blik gaat naar ze toe, een tel maar. {pattern_so_far() == "ground":Je ziet {zijn()} schouder een kwartslag meedraaien voor {hij()} het zelf doorheeft.|Je voelt je nek strak worden.}
* [Leg je hand op die van {hem()} en laat die daar liggen #step: pursue]
    ~ step_pursue(1)
    Je legt je hand op die van {hem()} en drukt een beetje. {Hij()} vlecht {zijn()} vingers door de jouwe zonder op te kijken.
    Even later trekt {hij()} {zijn()} hand terug om een rondje te halen. {Hij()} komt niet terug.
* [Vraag het, zo luchtig als je kunt: ‘Ken je die?’ #step: ground]
    ~ step_ground(1)
    ~ p3_named_it = true
    ‘Ken je die?’ Het moet luchtig klinken. Je hoort zelf dat het dat niet doet.
    ‘Nooit gezien.’ {Hij()} tikt tegen het puntje van je neus. ‘Zit je me nou te controleren?’ Maar je hebt hardop gezegd wat je zag. Dat tenminste.
    Even later staat {hij()} op voor een nieuw rondje. {Hij()} komt niet terug.
* [Laat het. Draai je om en zwaai naar Noor #step: withdraw]
    ~ step_withdraw(1)
    Je zwaait naar Noor. Je bent niet iemand die bijhoudt waar een ander naar kijkt, en daar begin je vanavond niet mee.
    Dan gaat {hij()} een rondje halen. {Hij()} blijft weg, en dat zie je wel.
-
Bij de kapstok staat {hij()} te praten met iemand in een groene jas. {partner_name} lacht zoals {hij()} in het begin om jou lachte, en hoe langer het duurt, hoe dichter ze bij elkaar staan. {you_let_go():Twee keer kijkt {hij()} naar jullie tafeltje, om te zien of jij kijkt.|Naar jullie tafeltje kijkt {hij()} geen enkele keer.}
Noor ploft neer op de lege stoel. ‘Zullen we naar De Lantaarn? Mijn collega heeft het al een uur over zijn verbouwing.’
* [Loop erheen: zeg waar jullie heen gaan, en dat {hij()} moet komen #step: pursue]
    ~ step_pursue(2)
    ~ p3_told_where = true
    Van dichtbij is de groene jas gewoon iemand die een beetje te veel op heeft. Je legt je hand op {zijn()} rug. {Hij()} merkt het niet eens. ‘We gaan naar De Lantaarn. Kom je ook?’
    ‘Ja, ja. Ik kom zo.’ {Hij()} draait {zijn()} hoofd half naar je toe, verder niet.
* [Zeg tegen Noor: ‘Ik kan hier niet naar blijven kijken.’ #step: ground]
    ~ step_ground(1)
    Het lucht op om het hardop te zeggen. Noor zegt niet dat je het je verbeeldt. Ze pakt je jas van de stoel.
* [Loop zonder een woord naar buiten. Laat {hem()} het lege tafeltje maar vinden #step: withdraw]
    ~ step_withdraw(2)
    Je pakt je jas en loopt langs de bar naar buiten, rakelings langs {zijn()} mouw.
    {Hij()} draait zich niet om.
-
In De Lantaarn zit je, zonder het te merken, met je gezicht naar de deur. ‘Nou,’ zegt Noor. ‘Praten, of zal ik over de saxofoon van mijn buurman beginnen?’ # scene: bar # partner: away
* [Vertel haar hoe het is: alleen met {hem()} gaat het goed, tussen anderen ken je jezelf niet terug #step: ground #locked: {walls_up()} #why: Als je daarover begint, kun je niet meer ophouden, en dan zit je te huilen aan dit plakkerige tafeltje.]
    ~ step_ground(1)
    ~ p3_told_noor = true
    Je zegt het voor je er iets netjes van kunt maken. Met {hem()} alleen is het goed, meer dan goed. Maar zodra er anderen bij zijn, houd je {hem()} in de gaten: elke blik, elke lach die niet voor jou is. Je bent nooit jaloers geweest. Je weet niet wie dit is.
    ‘Je wordt niet gek,’ zegt Noor. ‘Je ziet iets. Dat is wat anders.’
* [‘De saxofoon. Graag.’ #step: withdraw]
    ~ step_withdraw(1)
    De buurman speelt elke zondagochtend hetzelfde nummer, vals en met heel veel gevoel. Je lacht op de goede momenten. Morgen weet je er niets meer van.
* [App {hem()} onder tafel: ‘we zitten in de Lantaarn x’ #step: pursue]
    ~ step_pursue(1)
    ~ p3_told_where = true
    we zitten in de lantaarn x. Je kijkt lang naar dat kusje, en laat het staan. Afgeleverd. Niet gelezen.
    ‘Zat je {hem()} nou te appen?’ vraagt Noor. ‘Nee,’ zeg je. Je legt je telefoon met het scherm naar beneden, en draait hem weer om.
-
{p3_alarm_left():
    Na een half uur zit er iets zwaars in je maag, en het zakt niet. Je moet terug. Nu. # body: stomach
- else:
    Een half uur, een uur. Vroeger speelde je maag op zo’n avond op. Nu merk je niets: je hebt er zo vaak niet naar geluisterd dat het is opgehouden.
}
* {p3_alarm_left()} [Luister ernaar. Sta op en ga terug, nu #step: ground]
    ~ step_ground(2)
    ~ p3_saw = true
    ‘Ik moet terug.’ Noor kijkt één keer naar je gezicht en vraagt niets. Ze loopt met je mee.
    -> doorway
* {p3_alarm_left()} [Bel {hem()} eerst. Alleen om te horen waar {hij()} is #step: pursue]
    ~ step_pursue(2)
    ~ p3_saw = true
    Je belt. Twee keer neemt {hij()} niet op. De derde keer krijg je {zijn()} voicemail: {zijn()} stem, opgewekt, zorgeloos. Daarvan ga je rennen.
    -> doorway
* {not p3_alarm_left()} [Vraag Noor of ze je naar huis brengt #step: ground]
    ~ step_ground(1)
    ‘Breng je me naar huis?’ Noor pakt meteen haar tas. Ze vraagt niet waarom, en jij zou het ook niet weten.
    -> stayed
* {not p3_alarm_left()} [Stuur {hem()} nog een appje: ‘kom je nog?’ #step: pursue]
    ~ step_pursue(1)
    kom je nog? Je blijft zitten tot Noor gaapt. De vinkjes worden niet blauw.
    -> stayed
* [{p3_alarm_left():Het zijn de zenuwen. Bestel nog een glas en blijf zitten|Bestel nog een glas. Er is niks aan de hand} #step: withdraw]
    ~ step_withdraw(1)
    Je drinkt het glas in één keer half leeg. {p3_alarm_left():Het zware in je maag zakt, met tegenzin.|Er is ook niets wat tot rust hoeft te komen.}
    -> stayed

= doorway
{veil_infidelity:
    De ramen van het café zijn beslagen. Binnen staat {zijn()} stoel naar achteren geschoven en hangt {zijn()} jas niet meer aan de kapstok. Op de bar staan twee glazen verschaald bier. # scene: cafe # partner: away
    De vrouw achter de bar haalt haar schouders op: {partner_far():al een hele tijd weg|net weg, een paar minuten geleden}. Of {hij()} alleen was, zegt ze niet, en je vraagt het niet.
    Je weet het eigenlijk al, en je stopt het meteen weer weg. Misselijk word je toch.
- else:
    Jullie zijn er bijna als de deur van het café openzwaait. De groene jas komt lachend naar buiten, en vlak daarachter {partner_name}. # scene: cafe
    {partner_far():{Hij()} ziet je en aarzelt geen moment. {Zijn()} blik gaat over je heen naar de straat, en {hij()} loopt achter de groene jas aan.|{Hij()} ziet je en blijft staan{partner_close():, zet zelfs een halve stap in jouw richting}. Dan draait {hij()} {zijn()} gezicht weg en loopt de groene jas achterna.} # partner: away
}
* [Ga {hem()} achterna #step: pursue]
    ~ step_pursue(2)
    Je rent tot de hoek. De straat is nat en leeg, de lantaarns zoemen. Je blijft daar staan tot Noor haar arm door de jouwe haakt.
* [Laat {hem()} gaan. Ga naar huis #step: ground]
    ~ step_ground(1)
    Je weet waar {hij()} heen gaat. Je hoeft het niet te zien. ‘Ik ga naar huis,’ zeg je tegen Noor. ‘Alleen.’ Ze kijkt je aan en dringt niet aan.
* [Ga met Noor weer naar binnen en lach hard #step: withdraw]
    ~ step_withdraw(2)
    Je bestelt twee shotjes, drinkt ze allebei zelf op en lacht om alles wat er gezegd wordt. Wie je zo zag, zou denken dat je het reuze naar je zin hebt. Er kijkt niemand.
-
-> night_after

= stayed
Om één uur brengt Noor je thuis, langs het café op de hoek. Je kijkt niet of {zijn()} fiets in het rek staat. Je kijkt toch.
{partner_close():Het rek is leeg. Thuis zie je dat {hij()} om twintig voor één appte: waar zitten jullie?|Het rek is leeg. Op je telefoon staat niets.}
-> night_after

=== night_after ===
# scene: bedroom # partner: away
Je zit aangekleed rechtop in bed. Slapen lukt niet, huilen ook niet. {p3_saw: Elke keer dat je je ogen dichtdoet: {veil_infidelity: de weggeschoven stoel, de lege haak, dat schouderophalen.|de deuropening, en {zijn()} gezicht dat wegdraait.}|Je hebt niets gezien. Dat blijf je tegen jezelf zeggen.}
{p3_told_noor: Je telefoon licht op. Noor: ben je thuis? ik ben nog wakker, bel gerust.}
* [Leg je hand plat op je buik en laat het daar pijn doen #step: ground]
    ~ step_ground(1)
    Onder je hand zit een harde knoop. Je vecht er niet tegen; je blijft erbij.
    {p3_told_noor: Je appt Noor terug: niet oké. maar thuis. Ze stuurt één hartje terug, verder niets. Precies goed.}
* [Typ ‘Ik weet wat je gedaan hebt.’ Wis het. Typ het opnieuw #step: pursue]
    ~ step_pursue(1)
    Je typt ik weet wat je gedaan hebt en wist het. Dan waar ben je, en wist dat ook. Het scherm wordt donker; je tikt het weer aan.
* [Zet je telefoon op stil en gooi hem weg #step: withdraw]
    ~ step_withdraw(1)
    De telefoon landt met het scherm naar beneden op het dekbed. Twee minuten later kruip je ernaartoe en zet je het geluid weer aan.
-
{partner_far():Pas tegen vieren gaat je telefoon|Om 2:51 gaat je telefoon}. {partner_name}. # sfx: ring
{
- partner_close():
    ‘Waar was je nou? Ik ben nog teruggegaan om je te zoeken.’ {Hij()} klinkt gekwetst, en heel even vraag je je af wat jij fout hebt gedaan.
- partner_far():
    ‘Je was ineens weg.’ Het is geen vraag, eerder een verwijt, en achter {hem()} dreunt nog muziek.
- else:
    ‘Waar was je nou? Je kunt toch niet zomaar verdwijnen.’ {Hij()} is verontwaardigd. Jij bent verdwenen, vindt {hij()}.
}
{p3_told_where: Je had {hem()} nota bene laten weten waar je zat. Met een kusje erachter.}
* [{p3_saw: ‘Ik ben teruggegaan naar het café, {partner_name}. Ik weet het.’|‘Waar ben jij gebleven, {partner_name}? Zeg het maar.’} #step: ground #locked: {pull_strong()} #why: Je zegt nog liever sorry dan dat je het antwoord moet horen.]
    ~ step_ground(2)
    Het komt er rustig uit.
    {p3_named_it: Je had het al gezien toen die groep binnenkwam, en je hebt het ook gezegd: ‘Ken je die?’}
* [‘Waag het niet. Waag het niet om dit op mij af te schuiven.’ #step: withdraw]
    ~ step_withdraw(1)
    Je stem slaat over, en aan {zijn()} kant blijft het even helemaal stil.
* [‘Sorry, ik… Noor wilde weg, ik had toch geappt…’ #step: pursue]
    ~ step_pursue(2)
    Je geeft {hem()} zelf een uitweg. En dan, met een klein stemmetje: {veil_infidelity: ‘Waar ben je daarna heen gegaan?’|‘Ben je met die ander mee naar huis gegaan?’}
-
{veil_infidelity:
    ‘Wat? Nee.’ Dan een lang verhaal vol gaten, en elke vraag die je stelt, maakt de gaten groter. Als er niets meer te ontkennen valt, blijft er één antwoord over.
- else:
    ‘Wat? Nee. We stonden gewoon te praten.’ Je zegt niets. ‘Echt niet.’ Je zegt nog steeds niets. Dan, heel zacht: ‘Oké. Ja. Ik ben mee naar binnen gegaan.’
}
Het dringt niet tot je door. Je hangt op.
De telefoon gaat weer. # sfx: ring
Je hangt op, en nog eens. Elke keer krijgt {hij()} iets meer gezegd{you_chased():, omdat jij {hem()} laat uitpraten}: je naam; je naam en sorry; je naam en sorry en alsjeblieft, luister nou.
* [Laat de telefoon overgaan tot het ophoudt #step: withdraw]
    ~ step_withdraw(1)
    Je telt de oproepen. Bij de zevende neemt je duim op. Jij had nog niets besloten.
* [Neem op en zeg: ‘Ik kan vannacht niet met je praten.’ #step: ground]
    ~ step_ground(1)
    Het is het eerste wat je vannacht zegt dat helemaal klopt. ‘Weet ik,’ zegt {hij()}. ‘Maar hang niet op.’ En je hangt niet op.
* [Neem op en luister. Alleen luisteren #step: pursue]
    ~ step_pursue(1)
    Je laat {hem()} praten. Het is de stem die je pijn heeft gedaan, en je wilt geen andere horen.
-
~ p3_came = p3_he_comes()
{p3_came:
    Dan wordt {zijn()} stem zacht. ‘Ik sta beneden. Ik ben gewoon gaan fietsen en hier uitgekomen. Doe je open?’
- else:
    Dan wordt {zijn()} stem zacht. ‘Kom naar me toe. Ik snap het als je dat niet wilt. Maar kom.’
}
‘Nee,’ zeg je, harder dan je wilde. Je meent het ook. Maar je staat al naast je bed, en je weet niet meer wanneer je bent opgestaan.
* [{p3_came:‘…Wacht. Ik kom naar beneden.’|‘…Geef me tien minuten.’} #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_went_over = true
    -> went
* [Blijf bij je nee: ‘Welterusten, {partner_name}.’ #step: ground #locked: {pull_strong()} #why: Je hand zoekt al naar je sleutels. Wat je hoofd ervan vindt, komt te laat.]
    ~ step_ground(2)
    ~ boundary_held()
    -> stayed_home

= went
Je hoort het jezelf zeggen. Niemand is verbaasder dan jij.
{p3_came:Je gaat op blote voeten de trap af. {Hij()} staat in het portiek, nat van de motregen, en trekt je tegen zich aan voor de deur dicht is.|Je fietst twee keer door rood. {Hij()} doet open voor je kunt aanbellen.} # partner: here
{Hij()} vraagt die nacht steeds of het goed is. Dat heeft {hij()} nooit eerder gevraagd. Jullie weten allebei waarom, en geen van jullie begint erover.
{partner_far():Tegen de ochtend zegt {hij()} dat {hij()} met je verder wil, helemaal, niet meer half. Ondertussen zoekt {hij()} met één hand {zijn()} sokken.|Tegen de ochtend zegt {hij()} het in je haar: dat {hij()} met je verder wil, helemaal, niet meer half.} Je bent er vreemd tevreden over, en je vertrouwt dat niet.
-> tightrope

= stayed_home
‘Welterusten, {partner_name}.’ Je zet je telefoon uit. Niet op stil: uit.{p3_came: Beneden gaat de bel nog twee keer. Dan een fietsslot, en niets.}
Het is het moeilijkste wat je in maanden hebt gedaan, en niemand heeft het gezien. {partner_close():Om 7:12 loopt je scherm vol: vier berichten, een spraakbericht, en een laatste met alleen je naam.|Om 7:12 staat er één bericht, met alleen je naam.} Je antwoordt niet. Je weet nog niet wat je zou zeggen.
-> tightrope

=== tightrope ===
# scene: home # partner: away
Dagenlang is het alleen een beeld: {p3_saw: {veil_infidelity: de weggeschoven stoel, de twee glazen verschaald bier|{zijn()} gezicht dat wegdraait in de deuropening}|{zijn()} elleboog op de bar, de lachende groene jas}. Woensdag sta je een kopje om te spoelen, en dan pas komt het aan.
Je bent klaar met {hem()}, zeg je tegen jezelf, vaak, en elke keer geloof je het iets minder.
* [Bel Noor en vertel haar alles #step: ground]
    ~ step_ground(1)
    {p3_told_noor: Noor weet hoe het begon; de rest vertel je haar|Je vertelt Noor alles, vanaf het café}, op de keukenvloer, met je rug tegen het aanrecht. Ze zegt niet dat je {hem()} moet laten gaan. Ze vraagt: ‘En wat wil jij?’ Je weet het niet. Voor het eerst is dat geen ramp.
* [Lees ’s nachts je oude berichten terug #step: pursue]
    ~ step_pursue(1)
    Je scrolt terug naar toen {hij()} goeiemorgen schreef met zeven o’s. Als je de telefoon weglegt, fluiten de vogels al.
* [Verwijder {zijn()} nummer. Je kent het toch uit je hoofd #step: withdraw]
    ~ step_withdraw(2)
    Het nummer, de chat, de foto’s. Daarna is je telefoon leeg. Het nummer zit nog in je hoofd, met {zijn()} stem erbij.
-
Zaterdag gaat je telefoon. # sfx: sms
{
- partner_close():
    ik sta beneden. vijf minuten? maar vijf. {Hij()} staat op de stoep, nat haar, een zak van de goede bakker in de hand, en zo te zien staat {hij()} er al een tijd. # partner: here
- partner_far():
    ben in de buurt. vijf min? {Hij()} staat op de stoep met een zak van de goede bakker, nog op {zijn()} fiets, één voet op de stoeprand. Vijf minuten, dat meent {hij()}. # partner: here
- else:
    ik sta beneden. vijf minuten? maar vijf. {Hij()} staat op de stoep, nat haar, een zak van de goede bakker in de hand. # partner: here
}
Je gaat naar beneden, en op de trap wordt je woede helder en koud.
* [Zeg gewoon wat het met je gedaan heeft #step: ground #locked: {walls_up()} #why: Je houdt je al zo lang groot dat je niet meer weet hoe je zoiets zegt.]
    ~ step_ground(2)
    ‘{veil_infidelity: Je hebt gedaan wat je die nacht gedaan hebt|Je bent met een ander mee naar huis gegaan}, en een paar uur later belde je mij. {p3_went_over: En ik kwam.|En toen ik niet kwam, bleef je bellen.}’ Je haalt adem. ‘Ik voel het nog elke dag. Hier.’ Je legt je hand op je maag.
* [Sla je armen over elkaar. Geef {hem()} één woord tegelijk #step: withdraw]
    ~ step_withdraw(2)
    Ja. Nee. Prima. Maakt niet uit. Je kijkt hoe {hij()} er een gesprek van probeert te maken, en je helpt niet mee.
* [De boosheid is al weg. Je pakt de zak aan #step: pursue]
    ~ step_pursue(1)
    Er zit bloem op {zijn()} mouw. Je kijkt ernaar, en je woede zakt weg. Je hoort jezelf dankjewel zeggen.
-
{you_chased():‘Zie je,’ zegt {hij()}, opgelucht. ‘Het ligt niet aan jou. Ik heb gewoon af en toe lucht nodig.’|‘Het ligt niet aan jou,’ zegt {hij()}. ‘Ik heb af en toe lucht nodig.’ {Hij()} knippert te vaak. ‘Ik wil je niet kwijt. En ik wil je ook geen pijn doen.’}
In je hoofd zegt iedereen die ooit van je gehouden heeft hetzelfde, Noor het hardst: laat {hem()} niet binnen.
* [‘Ik denk dat je nu beter kunt gaan.’ #step: ground #locked: {pull_strong()} #why: Het brood, het natte haar, hoe {hij()} je naam zegt: je bent al half overstag.]
    ~ step_ground(2)
    Je zegt het zacht. {Hij()} kijkt je aan, en je meent het nog steeds. {Hij()} gaat. # partner: away
    -> keep_distance
* [Stap naar binnen en doe de deur voor {zijn()} neus dicht #step: withdraw]
    ~ step_withdraw(2)
    Geen klap, alleen een klik, en dat is erger. Door het matglas zie je {zijn()} silhouet lang blijven staan. # partner: away
    -> keep_distance
* [Laat {hem()} je hand pakken #step: pursue]
    ~ step_pursue(2)
    ~ p3_hunger_won = true
    {Hij()} pakt je hand en je trekt hem niet terug. Meer was er nooit voor nodig.
    -> hunger

= keep_distance
{partner_close():Hoe meer afstand jij houdt, hoe vaker {hij()} er is: een liedje om middernacht, een spraakbericht om drie uur, {hij()} om acht uur op je stoep met twee bekers koffie.|Hoe meer afstand jij houdt, hoe vaker {hij()} er is: een liedje om middernacht, {hij()} op je stoep met twee bekers koffie.} # partner: here
Je geniet ervan, en je schaamt je er een beetje voor: nu loopt {hij()} eens achter jou aan. Ondertussen wil je {hem()}. Al de hele week.
* [Blijf afstand houden, ook nu #step: ground #locked: {pull_strong()} #why: Je verlangen is sterker dan elk voornemen.]
    ~ step_ground(2)
    ~ boundary_held()
    Bij je voordeur buigt {hij()} zich naar je toe en je draait je gezicht weg, zodat de kus naast je oor belandt. ‘Niet zo. Misschien helemaal niet.’
    Binnen sta je nog een hele tijd met je jas aan in de gang. Maar je nee staat nog.
    -> after
* [Geef toe aan wat je al de hele week wilt #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_hunger_won = true
    Bij je voordeur buigt {hij()} zich naar je toe en je draait je gezicht niet weg. Je zoekt je sleutel en laat {hem()} voorgaan.
    -> hunger

= hunger
Het gaat in één keer: je gezicht in {zijn()} hals, en alle stemmen in je hoofd zijn stil. {partner_far():{Hij()} houdt je vast en kijkt over je schouder naar de klok.|{Hij()} houdt je vast en laat je lang niet los.} Je weet wat er hierna komt.
-> after

= after
{p3_hunger_won:
    {partner_far():En het komt ook, sneller dan ooit: één warme dag, en daarna niets.|En het komt ook. Een paar warme dagen, dan worden {zijn()} berichten korter, losse woorden, en dan houden ze op.} # partner: away
- else:
    Dan houden de liedjes op, en de koffie. Misschien merkt {hij()} dat je niet meer trekt. Je hoort niets meer van {hem()}. # partner: away
}
-> door

=== door ===
# scene: door # partner: away
Negen dagen niets.{partner_far(): Twee berichten van jou zijn gelezen en niet beantwoord.} Onaangekondigd bij {hem()} langsgaan doe je niet. {p3_hunger_won:Terwijl {hij()} zelf met brood op jouw stoep staat wanneer het {hem()} uitkomt.|Terwijl {hij()} laatst zelf met brood op jouw stoep stond.} Je gaat toch.
Je klopt. # sfx: knock
Voetstappen. Dan een stilte achter de deur, lang genoeg om door het spionnetje te kijken en te besluiten.
Je krijgt een brok in je keel, en je weet nog niet waarom. # body: throat
De deur gaat een handbreedte open. {Hij()} is grauw en ongeschoren, en {hij()} ruikt naar gisteravond: bier, rook. ‘Koppijn,’ zegt {hij()} tegen de deurpost. ‘Gisteren tot vijf uur doorgegaan.’ Negen dagen geen tijd voor één bericht, en gisteren tot vijf uur. {Hij()} gaat niet opzij. Zomaar langskomen, dat hadden jullie niet afgesproken. # partner: here
* [‘Mag ik even binnenkomen? Ik zet thee. Je merkt niet eens dat ik er ben.’ #step: pursue]
    ~ step_pursue(2)
    {Hij()} trekt een gezicht. {partner_far():‘Nee. Vandaag niet. Echt niet.’|‘Vandaag even niet, hè? Ik ben echt kapot.’} De deur gaat nog een centimeter dicht, en jij bent degene die sorry zegt.
    Op weg naar huis blijf je sorry zeggen, in je hoofd, tegen niemand. # partner: away
* [Luister naar je keel. ‘Oké. Beterschap.’ #step: ground #locked: {pull_strong()} #why: Je bent helemaal hierheen gekomen. Zolang die deur nog op een kier staat, willen je voeten niet weg.]
    ~ step_ground(1)
    Je draait je om voor {hij()} de deur kan dichtdoen, zodat het omdraaien tenminste van jou is. Geen ruzie, geen scène. Pas bij je eigen voordeur merk je dat je handen trillen. # partner: away
* [‘Nou. Geniet maar van je vrijheid.’ #step: withdraw]
    ~ step_withdraw(2)
    Het komt er scherper uit dan je wilde, en precies zo scherp als je wilde. Je bent de straat al uit voor {hij()} iets kan zeggen. Thuis doen je knokkels nog pijn van het kloppen. # partner: away
-
{you_chased():Pas drie uur later trilt je telefoon.|Een uur later trilt je telefoon.} # sfx: sms
{you_chased():sorry. slecht moment.|sorry van net. slecht moment, was echt brak. ik ben je wat schuldig x}
* {p3_may_leave()} [Antwoord: ‘Ik stop ermee. Eén keer was genoeg.’ #step: ground]
    ~ step_ground(2)
    ~ p3_left = true
    Je typt het rustiger dan je dacht, zonder verwijt erachteraan, zonder kusje. {Hij()} leest het meteen, en schrijft terug: oké. Daarna een hele avond drie puntjes die komen en gaan.
* [Antwoord meteen: ‘Geeft niks! Beterschap x’ #step: pursue]
    ~ step_pursue(1)
    Verstuurd voor je erover hebt nagedacht. {Hij()} leest het. Er komt niets terug.
* [Laat het tot morgen ongelezen #step: withdraw]
    ~ step_withdraw(1)
    Je veegt de melding weg zonder hem te openen. Laat {hem()} ook maar eens wachten. Je ligt wakker en vraagt je af of {hij()} dat ook doet.
* [Antwoord nog niet. Schrijf op wat er gebeurd is #step: ground]
    ~ step_ground(1)
    In een schrift, zonder mooie woorden: het kloppen, de stilte, de breedte van de kier, het woord ‘afgesproken’. Zwart op wit, in je eigen handschrift, valt er niets meer aan mooi te praten.
-
~ disappointment()
~ p3_spend_flags()
Die avond zit je op de rand van het bad en maak je een afspraak met jezelf. Bij drie stop je. Je weet niet waarom drie. Het is een getal dat je kunt onthouden.
{p3_left:Misschien ben je al weg. Je houdt het toch bij.|Je bent al begonnen met tellen.}
Eén. # pause: 3
-> festival
