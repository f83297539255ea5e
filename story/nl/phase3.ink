// Fase 3 — Buiten adem. Het café, de nacht erna, het koord, de deur.
// Vlaggen en hulpfuncties staan in ../common/phase3.ink (p3_…). Tweeling van ../en/phase3.ink.

=== cafe ===
# phase: 3
# scene: cafe
Achter een dichte deur klopt alles tussen jullie. Zodra er anderen bij zijn, wordt er in je borst een klein beest wakker dat telt.
{
- partner_close():
    Vrijdag, het café op de hoek, Noor aan de bar met een collega. {partner_name} doet een bruiloftsspeech na, {zijn()} knie tegen de jouwe; je lacht tot de kaarsvlam buigt.
- partner_far():
    Vrijdag, het café op de hoek, Noor aan de bar met een collega. {partner_name} was drie kwartier te laat, zonder sorry, en {zijn()} telefoon ligt met het scherm omhoog tussen jullie in.
- else:
    Vrijdag, het café op de hoek, Noor aan de bar met een collega. {partner_name} doet een bruiloftsspeech na en je lacht, al kijkt {hij()} tussendoor twee keer naar de deur.
}
De deur gaat open: vijf, zes mensen die hun paraplu's uitschudden. {Zijn()} ogen gaan even naar hen toe. {pattern_so_far() == "ground":Je ziet {zijn()} schouder al een kwartslag draaien voor {hij()} het zelf doorheeft.|Het beest tilt zijn kop op.}
* [Leg je hand op die van {hem()} en laat die daar liggen #step: pursue]
    ~ step_pursue(1)
    Je drukt je hand op die van {hem()}, zoals je een bladzijde platdrukt als het waait. {Hij()} vlecht {zijn()} vingers door de jouwe zonder te kijken.
    Later haalt {hij()} {zijn()} vingers los om een rondje te halen, en komt niet terug.
* [Zeg het luchtig: ‘Vrienden van je?’ #step: ground]
    ~ step_ground(1)
    ~ p3_named_it = true
    ‘Vrienden van je?’ Je hoort zelf hoe je het licht probeert te houden.
    ‘Nooit gezien.’ {Hij()} tikt op het puntje van je neus. ‘Moet je jou zien, je houdt me in de gaten.’ Maar je hebt hardop gezegd dat je het zag, en ergens telt dat.
    Later loopt {hij()} naar de bar voor een nieuw rondje, en komt niet terug.
* [Laat het. Draai je om en zwaai naar Noor #step: withdraw]
    ~ step_withdraw(1)
    Je zwaait naar Noor. Jij bent niet iemand die bijhoudt waar een ander naar kijkt. Vanaf nu niet meer, besluit je.
    Dan haalt {hij()} een nieuw rondje, en je kijkt hoe {hij()} niet terugkomt.
-
Bij de kapstok praat iemand in een groene jas met {hem()}. {partner_name} lacht de lach van het begin, die je voor de jouwe hield. {you_let_go():Twee keer kijkt {hij()} naar jullie tafeltje, alsof {hij()} wil weten of jij kijkt.|Naar jullie tafeltje kijkt {hij()} niet.}
Noor ploft neer op de lege stoel. ‘De Lantaarn? Mijn collega verveelt me dood.’
* [Loop erheen: zeg waar je bent, en dat {hij()} moet komen #step: pursue]
    ~ step_pursue(2)
    ~ p3_told_where = true
    Van dichtbij is de groene jas gewoon een mens, beetje aangeschoten. Je hand op {zijn()} rug voelt als een hand op een jas aan een haakje. ‘We gaan naar De Lantaarn. Kom je ons zoeken?’
    ‘Ja, ja. Ik kom zo.’ {Hij()} draait zich niet helemaal om.
* [Zeg tegen Noor: ‘Ik kan hier niet naar blijven kijken.’ #step: ground]
    ~ step_ground(1)
    Het lucht op om het hardop te horen. Noor zegt niet dat je het je verbeeldt. Ze haalt je jas.
* [Loop zonder een woord naar buiten. Laat {hem()} het lege tafeltje vinden #step: withdraw]
    ~ step_withdraw(2)
    Je pakt je jas en loopt langs de bar naar buiten, rakelings langs {zijn()} mouw. Laat {hem()} maar eens een leeg tafeltje zien.
    {Hij()} draait zich niet om.
-
In De Lantaarn zit je ongemerkt met je gezicht naar de deur. ‘Nou,’ zegt Noor. ‘Praten, of de saxofoon van mijn buurman?’ # scene: bar # partner: away
* [Vertel haar: samen is het perfect, tussen anderen word je een vreemde #step: ground #locked: {walls_up()} #why: Zet je die deur op een kier, dan komt alles wat erachter zit naar buiten, hier, aan dit plakkerige tafeltje.]
    ~ step_ground(1)
    ~ p3_told_noor = true
    Je zegt het voor je het netjes kunt maken. Met {hem()} alleen is het perfect. Tussen anderen sta je op wacht als een hond bij een hek. Je was nooit jaloers, en nu woont er een vreemde in je huid die telt.
    ‘Je wordt niet gek,’ zegt Noor. ‘Je merkt iets op. Dat is iets anders.’
* [‘De saxofoon. Graag.’ #step: withdraw]
    ~ step_withdraw(1)
    Eén nummer, op zondagochtend, vals en vol overgave. Je lacht op de goede momenten en zult er geen woord van onthouden.
* [App {hem()} onder tafel: ‘we zitten in de Lantaarn x’ #step: pursue]
    ~ step_pursue(1)
    ~ p3_told_where = true
    we zitten in de lantaarn x. Je kijkt lang naar dat kusje, en laat het staan. Afgeleverd. Niet gelezen.
    ‘Zat je {hem()} nou te appen?’ vraagt Noor. ‘Nee,’ zeg je, en je legt je telefoon met het scherm naar beneden, en draait hem weer om.
-
{p3_alarm_left():
    Een half uur. Dan draait je maag zich om, traag en zwaar, als een sleutel in een stroef slot. Ga terug, zegt het. # body: stomach
- else:
    Een half uur, een uur. Vroeger draaide je maag zich op zo'n avond om. Nu blijft het stil: je hebt dat geluid zo vaak weggedrukt dat het niet meer komt.
}
* {p3_alarm_left()} [Luister ernaar. Sta op en ga terug, nu #step: ground]
    ~ step_ground(2)
    ~ p3_saw = true
    ‘Ik moet terug.’ Noor kijkt één keer naar je gezicht en vraagt niets. Ze loopt met je mee.
    -> doorway
* {p3_alarm_left()} [Bel {hem()} liever. Gewoon om te horen waar {hij()} is #step: pursue]
    ~ step_pursue(2)
    ~ p3_saw = true
    Je belt {hem()}. Twee keer niet opgenomen. De derde keer de voicemail, {zijn()} stem vrolijk en onbekommerd, en juist dat zet je aan het rennen.
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
    Je drinkt het glas voor de helft leeg in één teug. {p3_alarm_left():Het draaien in je maag gaat liggen, mokkend.|Er valt niets te sussen.}
    -> stayed

= doorway
{veil_infidelity:
    De ramen van het café zijn beslagen. Binnen staat {zijn()} stoel naar achteren geschoven en hangt {zijn()} jas niet meer aan de kapstok; de twee glazen staan doodgeslagen op de bar. # scene: cafe # partner: away
    De vrouw achter de bar haalt haar schouders op: {partner_far():al een hele tijd weg|een paar minuten geleden vertrokken}. Ze zegt niet alleen, en ze zegt niet niet alleen.
    Ergens vanbinnen heb je het al geraden en meteen weggestopt, zoals een brief die je nog niet open durft te maken. Misselijk word je er toch van.
- else:
    De cafédeur zwaait open en de groene jas stapt lachend naar buiten. Dan {partner_name}. # scene: cafe
    {partner_far():{Hij()} ziet je en aarzelt niet eens. {Hij()} kijkt naar je zoals je naar een fietsenrek kijkt, en loopt achter de groene jas aan.|{Hij()} ziet je en blijft staan{partner_close():, doet zelfs een halve stap jouw kant op}. Dan wendt {hij()} {zijn()} gezicht af en volgt de groene jas.} # partner: away
}
* [Ga {hem()} achterna #step: pursue]
    ~ step_pursue(2)
    Je rent naar de hoek, alsof er nog iets in te halen valt. De straat is nat en leeg onder de lantaarns. Je blijft staan tot Noor haar arm door de jouwe steekt.
* [Laat {hem()} gaan. Ga naar huis #step: ground]
    ~ step_ground(1)
    Je weet waar {hij()} heen gaat, zoals je in het donker weet dat er een traptree ontbreekt. ‘Ik ga naar huis,’ zeg je tegen Noor. ‘Alleen.’ Ze laat je het menen.
* [Ga met Noor weer naar binnen en lach hard #step: withdraw]
    ~ step_withdraw(2)
    Je bestelt twee shotjes, drinkt ze allebei op en lacht om niks. Wie je zag, zou denken dat je de avond van je leven had. Niemand ziet je.
-
-> night_after

= stayed
Om één uur brengt Noor je thuis, langs het café op de hoek. Je kijkt niet of {zijn()} fiets in het rek staat. Je kijkt toch.
{partner_close():Het rek is leeg. Thuis zie je dat {hij()} om twintig voor één appte: waar zitten jullie?|Het rek is leeg. Je telefoon ook.}
-> night_after

=== night_after ===
# scene: bedroom # partner: away
Je zit aangekleed rechtop in bed. {p3_saw: Elke keer dat je je ogen dichtdoet: {veil_infidelity: de weggeschoven stoel, de lege haak, dat schouderophalen.|de deuropening, en {zijn()} gezicht dat zich afwendt als een omgeslagen bladzijde.}|Je hebt niets gezien. Dat blijf je tegen jezelf zeggen.}
{p3_told_noor: Je telefoon licht op. Noor: ben je veilig thuis? ik ben wakker. hoe laat ook.}
* [Leg je hand plat op je buik en laat het daar pijn doen #step: ground]
    ~ step_ground(1)
    Een knoop zo groot als een vuist. Je gaat er niet tegenin. Je zit ermee, zoals met iemand in een ziekenhuisgang.
    {p3_told_noor: Je appt Noor terug: niet oké. maar thuis. Ze stuurt één hartje, en dat is precies goed.}
* [Typ ‘Ik weet wat je gedaan hebt.’ Wis het. Typ het opnieuw #step: pursue]
    ~ step_pursue(1)
    Je typt ik weet wat je gedaan hebt en wist het. Dan waar ben je, en wist dat ook. Het scherm dimt; je tikt het wakker.
* [Zet je telefoon op stil en gooi hem weg #step: withdraw]
    ~ step_withdraw(1)
    Hij landt met het scherm naar beneden in het dekbed. Twee minuten later kruip je ernaartoe en zet je het geluid weer aan.
-
{partner_far():Pas tegen vieren gaat je telefoon|Om 2:51 gaat je telefoon}. {partner_name}. # sfx: ring
{
- partner_close():
    ‘Waar was je nou? Ik ben nog terug geweest om je te zoeken.’ {Hij()} klinkt gekwetst, alsof jij de nacht in liep.
- partner_far():
    ‘Je was ineens weg.’ Het is geen vraag, eerder een verwijt, en achter {hem()} dreunt nog muziek.
- else:
    ‘Waar was je nou? Je kunt niet zomaar verdwijnen.’ {Hij()} klinkt gekwetst, alsof jij de nacht in liep.
}
{p3_told_where: Je had {hem()} gezegd waar. Er stond nog een kusje achter ook.}
* [{p3_saw: ‘Ik ben teruggegaan naar het café, {partner_name}. Ik weet het.’|‘Waar ben jij gebleven, {partner_name}? Zeg het maar.’} #step: ground #locked: {pull_strong()} #why: Een deel van je zegt liever sorry dan dat het het antwoord moet horen.]
    ~ step_ground(2)
    Het komt er rustig uit.
    {p3_named_it: Aan het begin van de avond zag je het ook al: ‘Vrienden van je?’ en dat tikje op je neus. En je zei het.}
* [‘Waag het niet. Waag het niet om dit op mij af te schuiven.’ #step: withdraw]
    ~ step_withdraw(1)
    Je stem breekt bovenin als een goedkoop glas, en aan {zijn()} kant valt zelfs de wind even stil.
* [‘Sorry, ik… Noor wilde weg, ik had toch geappt…’ #step: pursue]
    ~ step_pursue(2)
    Een uitvlucht, die je {hem()} aanreikt om in te stappen. En dan, met een klein stemmetje: {veil_infidelity: ‘Waar ben je daarna heen gegaan?’|‘Ben je met die ander mee naar huis gegaan?’}
-
{veil_infidelity:
    ‘Wat? Nee.’ Dan een lang verhaal met gaten, tot de gaten groter zijn dan het verhaal. Als het ontkennen op is, blijft het antwoord over. Het hangt boven het bed als rook die nergens heen kan.
- else:
    ‘Wat? Nee. We stonden te praten.’ Je zegt niets. Dan, zo zacht dat de wind het bijna meeneemt: ‘Oké. Ja. Ik ben mee naar binnen gegaan.’
}
Je hangt op.
De telefoon gaat weer. # sfx: ring
{you_chased():Elke keer komt {hij()} verder, want jij laat {hem()} komen: je naam; je naam en sorry; je naam en sorry en alsjeblieft, luister nou.|Elke keer komt {hij()} verder: je naam; je naam en sorry; je naam en sorry en alsjeblieft, luister nou.}
* [Laat de telefoon overgaan tot het ophoudt #step: withdraw]
    ~ step_withdraw(1)
    Je telt de oproepen zoals je schaapjes telt. Bij de zevende neemt je duim op zonder het je te vragen.
* [Neem op en zeg: ‘Ik kan vannacht niet met je praten.’ #step: ground]
    ~ step_ground(1)
    De eerste ware zin van de avond. ‘Weet ik,’ zegt {hij()}. ‘Maar hang niet op.’ En je hangt niet op.
* [Neem op en luister. Alleen luisteren #step: pursue]
    ~ step_pursue(1)
    Je laat {zijn()} stem komen: de stem die je pijn heeft gedaan, en de enige die je wilt horen.
-
~ p3_came = p3_he_comes()
{p3_came:
    Dan wordt {zijn()} stem zacht. ‘Ik sta beneden. Ik ben gewoon gaan fietsen en hier uitgekomen. Doe je open?’
- else:
    Dan wordt {zijn()} stem zacht. ‘Kom hier. Kom naar mij toe.’
}
‘Nee,’ zeg je. ‘Vannacht niet. Nooit meer, eigenlijk.’ Je meent het. In de stilte voel je het deel van jou dat zijn schoenen al aanheeft.
* [{p3_came:‘…Oké. Ik doe open.’|‘…Oké. Ik kom eraan.’} #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_went_over = true
    -> went
* [Hou vast aan je nee: ‘Welterusten, {partner_name}.’ #step: ground #locked: {pull_strong()} #why: Het deel van je dat al halverwege de trap is, hoort geen woord van wat je zegt.]
    ~ step_ground(2)
    ~ boundary_held()
    -> stayed_home

= went
Het is alsof iemand anders het zegt, iemand die onder jou woont en pas na middernacht bovenkomt.
{p3_came:Je gaat op blote voeten de trap af. {Hij()} staat in het portiek, nat van de motregen, en trekt je tegen zich aan voor de deur dicht is.|Je fietst twee keer door rood. {Hij()} doet open voor je kunt aanbellen.} # partner: here
{Hij()} is die nacht trager en zachter dan je {hem()} ooit meemaakte. Het is een afbetaling, dat weten jullie allebei; niemand noemt het bedrag.
{partner_far():Tegen de ochtend zegt {hij()} dat {hij()} je wil, echt nu, en {hij()} zoekt er al {zijn()} sokken bij.|Tegen de ochtend zegt {hij()} het in je haar: dat {hij()} je wil, echt nu.} Het voelt alsof je een spel wint waar je nooit voor tekende.
-> tightrope

= stayed_home
‘Welterusten, {partner_name}.’ Je zet je telefoon uit. Niet op stil: uit.{p3_came: Beneden gaat de bel nog twee keer. Dan een fietsslot, en niets.}
Het moeilijkste in maanden, en niemand zag het. {partner_close():Om 7:12 loopt je scherm vol: vier berichten, een spraakbericht, een laatste met alleen je naam.|Om 7:12 staat er één bericht, met alleen je naam.} Je antwoordt niet; je hebt nog geen antwoord.
-> tightrope

=== tightrope ===
# scene: home # partner: away
Dagenlang is het alleen een plaatje: {p3_saw: {veil_infidelity: de weggeschoven stoel, de twee dooie glazen|{zijn()} gezicht dat zich afwendt in de deuropening}|{zijn()} elleboog op de bar, de lachende groene jas}. Woensdag, bij het omspoelen van een kopje, komt het aan.
Je bent klaar met {hem()}, zeg je. Maar jullie staan samen op een koord: leunt de een naar voren, dan leunt de ander weg.
* [Bel Noor en vertel haar alles #step: ground]
    ~ step_ground(1)
    {p3_told_noor: Noor weet hoe het begon; de rest vertel je haar|Je vertelt Noor alles, vanaf het café}, op de keukenvloer. Ze zegt niet dat je {hem()} moet laten gaan. ‘En wat wil jij?’ Je weet het niet. En voor één keer voelt dat niet als falen.
* [Lees 's nachts je oude berichten terug #step: pursue]
    ~ step_pursue(1)
    Je scrolt terug naar toen {hij()} goeiemorgen schreef met zeven o's. Als je de telefoon weglegt, zijn de vogels al begonnen.
* [Verwijder {zijn()} nummer. Je kent het toch uit je hoofd #step: withdraw]
    ~ step_withdraw(2)
    Het nummer, de chat, de foto's. Daarna voel je je schoon en leeg. Het nummer zit nog in je hoofd, met {zijn()} stem erbij.
-
Zaterdag gaat je telefoon. # sfx: sms
{
- partner_close():
    ik sta beneden. vijf minuten? maar vijf. {Hij()} staat op de stoep, nat haar, een zak van de goede bakker in de hand, en zo te zien staat {hij()} er al een tijd. # partner: here
- partner_far():
    ben in de buurt. vijf min? {Hij()} staat op de stoep met een zak van de goede bakker, {zijn()} fiets nog tussen {zijn()} benen, alsof vijf minuten echt vijf minuten zijn. # partner: here
- else:
    ik sta beneden. vijf minuten? maar vijf. {Hij()} staat op de stoep, nat haar, een zak van de goede bakker in de hand. # partner: here
}
Beneden komt de woede helder en koud omhoog.
* [Zeg gewoon wat het met je gedaan heeft #step: ground #locked: {walls_up()} #why: Je muren zijn inmiddels zo hoog dat zelfs je eigen stem er niet meer overheen komt.]
    ~ step_ground(2)
    ‘{veil_infidelity: Je hebt gedaan wat je die nacht gedaan hebt|Je bent met een ander mee naar huis gegaan}, en daarna belde je mij om het goed te komen maken. {p3_went_over: En ik kwam.|En toen ik niet wilde, bleef je bellen.}’ Een ademhaling. ‘Het zit er nog steeds. In mijn maag, elke dag.’
* [Sla je armen over elkaar. Geef {hem()} één woord tegelijk #step: withdraw]
    ~ step_withdraw(2)
    Ja. Nee. Prima. Maakt niet uit. Muntjes voor iemand die je niet vertrouwt, en je kijkt hoe {hij()} daar een gesprek van probeert te bouwen.
* [De boosheid is al weg. Je pakt de zak aan #step: pursue]
    ~ step_pursue(1)
    Er zit bloem op {zijn()} mouw, en de boosheid loopt uit je weg als lucht uit een band. Je hoort jezelf dankjewel zeggen.
-
{you_chased():‘Zie je nou,’ zegt {hij()}, opgelucht. ‘Ik heb soms gewoon ruimte nodig. Het ligt niet aan jou.’|‘Ik heb soms ruimte nodig. Het ligt niet aan jou.’ {Hij()} knippert te vaak. ‘Ik wilde je nooit pijn doen.’}
In je hoofd zingt iedereen die ooit van je hield: Niet toegeven. Noor zingt de hoge partij.
* [‘Ik denk dat je nu beter kunt gaan.’ #step: ground #locked: {pull_strong()} #why: Het brood, het natte haar, hoe {hij()} je naam zegt: alles in je helt al naar {hem()} over.]
    ~ step_ground(2)
    Je zegt het zacht, en je blijft het menen terwijl {hij()} je aankijkt. {Hij()} gaat. # partner: away
    -> keep_distance
* [Stap naar binnen en doe de deur voor {zijn()} neus dicht #step: withdraw]
    ~ step_withdraw(2)
    Geen klap, alleen een klik, en dat is erger. Door het matglas zie je {zijn()} silhouet lang blijven staan. # partner: away
    -> keep_distance
* [Laat {hem()} je hand pakken #step: pursue]
    ~ step_pursue(2)
    ~ p3_hunger_won = true
    {Hij()} pakt je hand en je laat het gebeuren. Meer is er nooit nodig geweest.
    -> hunger

= keep_distance
{partner_close():Hoe harder je afstand houdt, hoe dichterbij {hij()} komt: een liedje om middernacht, een spraakbericht om drie uur, {hij()} om acht uur op je stoep met twee koffie.|Hoe harder je afstand houdt, hoe dichterbij {hij()} komt: een liedje om middernacht, {hij()} op je stoep met twee koffie.} # partner: here
Je geniet ervan, God sta je bij: nu word jij eens achternagezeten. De honger wacht.
* [Hou afstand, ook nu #step: ground #locked: {pull_strong()} #why: De honger wacht al de hele week, en die is luider dan alle verstandige stemmen bij elkaar.]
    ~ step_ground(2)
    ~ boundary_held()
    Bij je voordeur buigt {hij()} zich naar je toe en je draait je gezicht weg, zodat de kus naast je oor belandt. ‘Niet zo. Misschien helemaal niet.’
    Het voelt niet als winnen. Het voelt als iets heel zwaars heel stil vasthouden. Maar het houdt.
    -> after
* [Laat de honger winnen #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_hunger_won = true
    Bij je voordeur buigt {hij()} zich naar je toe en je draait je gezicht niet weg. Het licht in het trappenhuis springt uit, en je laat het uit.
    -> hunger

= hunger
De honger wint in één keer: je gezicht in {zijn()} hals, het koor stil. {partner_far():{Hij()} houdt je vast en kijkt over je schouder naar de klok.|{Hij()} houdt je vast alsof {hij()} iets terugwint.} Je weet wat er daarna komt, zo zeker als de rekening.
-> after

= after
{p3_hunger_won:
    {partner_far():En die komt, sneller dan ooit. Eén warme dag, en dan niets, in één keer.|En die komt. Een paar warme dagen, dan worden {zijn()} berichten losse woorden, en dan niets meer.} # partner: away
- else:
    Dan, alsof {hij()} voelt dat het koord slap komt te hangen, houden de liedjes op, en de koffie. Helemaal niets meer. # partner: away
}
-> door

=== door ===
# scene: door # partner: away
Negen dagen zonder een woord.{partner_far(): Twee van jouw berichten staan op gelezen.} Onaangekondigd langskomen doe je niet: ongeschreven regel. {p3_hunger_won: Grappig: {hij()} staat met brood op jouw stoep wanneer het {hem()} uitkomt.|Grappig: {hij()} stond laatst nog met brood op jouw stoep.}
Je klopt. # sfx: knock
Voetstappen. Een stilte achter de deur, lang genoeg om door het spionnetje te kijken en te besluiten.
Je keel sluit zich om iets wat je nog niet hebt doorgeslikt. # body: throat
De deur gaat een handbreedte open. {Hij()} ziet grauw. ‘Kater,’ zegt {hij()} tegen de deurpost. ‘Het werd laat gisteren.’ {Hij()} gaat niet opzij: zomaar langskomen stond niet in de afspraak. # partner: here
* [‘Mag ik even binnen? Ik zet thee. Ik ben heel stil.’ #step: pursue]
    ~ step_pursue(2)
    {Hij()} trekt een gezicht. {partner_far():‘Nee. Vandaag niet. Echt niet.’|‘Vandaag even niet, hè? Ik ben echt kapot.’} De deur gaat nog een centimeter dicht, en jij bent degene die sorry zegt.
    Je loopt naar huis met het gevoel dat je aanklopte bij iets wat nooit een deur was. # partner: away
* [Luister naar je keel. ‘Oké. Beterschap.’ #step: ground #locked: {pull_strong()} #why: Je bent helemaal hierheen gekomen; je voeten draaien zich niet om zolang die deur nog op een kier staat.]
    ~ step_ground(1)
    Je draait je om voor {hij()} de deur kan dichtdoen, zodat het omdraaien tenminste van jou is. Geen antwoord, geen ruzie. Alleen het gevoel dat je aanklopte bij iets wat nooit een deur was. # partner: away
* [‘Nou. Geniet maar van je vrijheid.’ #step: withdraw]
    ~ step_withdraw(2)
    Scherper dan bedoeld, en precies zo scherp als bedoeld. Je staat al op straat. De hele weg voelen je knokkels dat ze aanklopten bij iets wat nooit een deur was. # partner: away
-
{you_chased():Pas drie uur later je telefoon.|Een uur later je telefoon.} # sfx: sms
{you_chased():sorry. slecht moment.|sorry van net. slecht moment. voelde me echt beroerd. mag ik het goedmaken? x}
* {p3_may_leave()} [Antwoord: ‘Ik stop ermee. Eén keer was genoeg.’ #step: ground]
    ~ step_ground(2)
    ~ p3_left = true
    Je typt het rustiger dan je dacht. Geen verwijt erachteraan, geen kusje. {Hij()} leest het meteen, en schrijft terug: oké. Daarna een hele avond drie puntjes die komen en gaan.
* [Antwoord meteen: ‘Geeft niks! Beterschap x’ #step: pursue]
    ~ step_pursue(1)
    Verstuurd voor je erover hebt nagedacht. {Hij()} leest het. Er komt niets terug.
* [Laat het tot morgen ongelezen #step: withdraw]
    ~ step_withdraw(1)
    Je veegt de melding weg zonder te openen, zodat {hij()} niet ziet dat je het las. Laat {hem()} maar eens in het ongewisse. Je ligt wakker en vraagt je af of {hij()} dat ook doet.
* [Antwoord nog niet. Schrijf op wat er gebeurd is #step: ground]
    ~ step_ground(1)
    In een schrift, gewoon: het kloppen, de stilte, de breedte van de kier, het woord ‘afspraak’. In je eigen handschrift ziet het eruit als wat het is.
-
~ disappointment()
~ p3_spend_flags()
Op de rand van het bad spreek je iets met jezelf af. Eén keer is pech, twee keer kan toeval zijn. Komt er een derde, dan is het gewoon hoe het gaat, en dan ga jij.
{p3_left:Al ben je misschien al gegaan. Je telt toch.|Je telt al.}
Eén. # pause: 3
-> festival
