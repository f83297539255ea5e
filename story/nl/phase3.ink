// Fase 3 — Bijna uitgedanst. Het café, de nacht erna, het koord, de deur.
// Vlaggen staan in ../common/phase3.ink (p3_…). Tweeling van ../en/phase3.ink.

=== cafe ===
# phase: 3
# scene: cafe
Met z'n tweeën zijn jullie goed. Meer dan goed. Zondagochtenden in {zijn()} bed met het raam open en de straat die naar binnen waait, {zijn()} voet die onder het laken de jouwe zoekt, een hele dag die opgaat aan geroosterd brood en je niet aankleden.
Het zijn de anderen die iets met je doen. Zet jullie samen in een ruimte vol mensen en er wordt een klein beest wakker in je borst dat zijn oren spitst. Je betrapt jezelf erop dat je bijhoudt naar wie {hij()} kijkt, hoe lang, wie er om {zijn()} grappen lacht. Jaloers ben je nooit geweest. Je vindt het niet prettig om jezelf zo tegen te komen.
Onder dat tellen zit iets ergers, zonder woorden, alleen een gevoel: dat {hij()} elk moment anders kan kiezen, en dat jij de laatste bent die het hoort.
Vrijdag, het café op de hoek. Regen langs de ramen, kaarsen in wijnflessen, een oude hond die onder de bar ligt te slapen. Noor zit aan de bar met een collega en kijkt af en toe achterom om een gek gezicht naar je te trekken. Jij en {partner_name} hebben het tafeltje bij het raam, jullie knieën tegen elkaar eronder.
En vanavond is het er, die klik. {Hij()} vertelt over de bruiloftsspeech van {zijn()} neef en doet alle stemmetjes na, en je lacht zo hard dat de kaarsvlam ervan buigt. {Hij()} kijkt hoe je lacht, alsof {hij()} dat zelf gemaakt heeft. Onder tafel ligt {zijn()} hand warm en zwaar op je knie.
De deur zwaait open en laat kou en herrie binnen: vijf, zes mensen die hun paraplu's uitschudden, luidruchtig zoals mensen zijn die van een feestje komen dat leuker was dan dit. {Zijn()} ogen gaan naar hen toe. Heel even maar, dan weer naar jou, en de hand ligt nog op je knie.
Maar het beest in je borst heeft zijn kop opgetild.
* [Leg je hand op die van {hem()} en laat die daar liggen #step: pursue]
    ~ step_pursue(1)
    Je legt je hand op die van {hem()} en drukt, zachtjes, zoals je een bladzijde platdrukt als het waait. {Hij()} draait {zijn()} hand om en vlecht {zijn()} vingers door de jouwe zonder te kijken, met {zijn()} aandacht al bij iets achter je.
    Niks aan de hand. {Hij()} is hier. Je houdt {hem()} toch vast?
* [Zeg het luchtig: ‘Vrienden van je?’ #step: ground]
    ~ step_ground(1)
    ~ p3_named_it = true
    ‘Vrienden van je?’ Je zegt het luchtig, en je bedoelt het ook grotendeels luchtig.
    ‘Nooit eerder gezien.’ {Hij()} grijnst en tikt op het puntje van je neus. ‘Moet je jou zien, je houdt me in de gaten.’ Het klinkt als een grapje en je lacht alsof het er een is. Maar je hebt hardop gezegd dat je het zag, en ergens in je telt dat.
* [Laat het. Draai je om en zwaai naar Noor #step: withdraw]
    ~ step_withdraw(1)
    Je draait je om op je stoel en zwaait naar Noor, die een geeuw nadoet en met haar hoofd naar haar collega knikt. Je lacht harder dan het verdient. Jij bent niet iemand die bijhoudt waar een ander naar kijkt. Vanaf nu ben je dat niet, besluit je.
    Als je je weer omdraait, kijkt {partner_name} langs je oor.
-
Even later staat {hij()} op en rekt zich uit. ‘Zelfde nog een keer?’ {Hij()} laveert tussen de tafeltjes door naar de bar, en je kijkt {hem()} na, en daarna kijk je hoe {hij()} niet terugkomt.
Aan het eind van de bar, bij de kapstok, heeft iemand in een groene jas iets tegen {hem()} gezegd. Of {hij()} begon; je zag niet wie. {Hij()} leunt met een elleboog op de tap. Naast {hem()} staan twee verse glazen, betaald en vergeten, het schuim zakt langzaam in.
Je zegt tegen jezelf wat je tegen iedereen zou zeggen. Het is een gesprek. In een café praten mensen met elkaar, daar is een café voor. Je bent een volwassen mens aan een tafeltje met een kaars.
Vijf minuten. Tien. De groene jas gooit het hoofd achterover en lacht. {partner_name} lacht mee, en die lach ken je: de lach van het begin, die je voor de jouwe hield. {Hij()} buigt zich naar voren om iets te verstaan boven de muziek uit. Naar jullie tafeltje heeft {hij()} nog niet één keer gekeken.
Gek hoe dat gaat. De hele avond liep er een lijn tussen jou en {hem()}, een draad waar je van de andere kant van de zaal aan kon tokkelen en die dan zoemde. Nu is die draad weg. Er is alleen een ruimte met mensen erin, en een van die mensen is toevallig {partner_name}.
Er kruipt iets zuurs omhoog achter in je keel. Woede is het niet, nog niet. Het is ouder dan woede, en het kent de weg.
Noor ploft neer op de lege stoel tegenover je. Ze kijkt niet naar de bar; ze kijkt naar jou. ‘Zullen we naar De Lantaarn? Mijn collega praat me de oren van het hoofd over zijn verbouwing.’
* [Loop er eerst heen: zeg waar je bent, en dat {hij()} moet komen #step: pursue]
    ~ step_pursue(2)
    ~ p3_told_where = true
    Je steekt de zaal over. Van dichtbij is de groene jas gewoon een mens: aardig gezicht, beetje aangeschoten, vriendelijk. Je legt je hand onder aan {zijn()} rug en het voelt alsof je andermans jas aan een haakje aanraakt.
    ‘We gaan naar De Lantaarn. Kom je ons zoeken als je klaar bent?’
    ‘Ja, ja.’ {Hij()} draait zich niet helemaal om. ‘Gaan jullie maar, ik kom zo.’ Je wacht een tel of er nog meer komt. Er komt niets meer.
* [Zeg tegen Noor hoe het is: ‘Ik kan hier niet naar blijven kijken.’ #step: ground]
    ~ step_ground(1)
    ‘Ik kan hier niet naar blijven kijken,’ zeg je, en het lucht op om het hardop te horen, al is het nog zo zacht.
    Noor zegt niet dat je het je verbeeldt. Ze haalt gewoon je jas.
* [Loop zonder iets te zeggen naar buiten. Laat {hem()} het lege tafeltje maar vinden #step: withdraw]
    ~ step_withdraw(2)
    Je drinkt je glas leeg, pakt je jas en loopt langs het eind van de bar naar buiten, zo dichtbij dat je {zijn()} mouw raakt. Geen woord. Laat {hem()} zich maar omdraaien en een leeg tafeltje zien. Laat {hem()} dat maar eens voelen.
    {Hij()} draait zich niet om.
-
De Lantaarn is drie straten verderop en twee keer zo luidruchtig: een piano waar niemand op speelt, een barman met een snor als een bezem, de geur van natte jassen die drogen. Noor haalt twee glazen rood. Je gaat met je gezicht naar de deur zitten zonder dat je dat besluit.
Je lijf is hier. De rest van je is achtergebleven in het café op de hoek, aan het eind van de bar, bij de kapstok, en meet daar de ruimte tussen twee ellebogen op. Je kijkt op je telefoon. Niets. Je kijkt nog een keer, alsof een telefoon daar gevoelig voor is.
‘Nou,’ zegt Noor, op de toon waarop ze ook tegen schrikachtige paarden praat. ‘Wil je erover praten, of zal ik je vertellen over de saxofoon van mijn buurman?’
* [Vertel haar hoe het echt zit: samen is het perfect, tussen anderen word je een vreemde #step: ground #locked: {walls_up()} #why: Zet je die deur op een kier, dan komt alles wat erachter zit naar buiten, hier, aan dit plakkerige tafeltje.]
    ~ step_ground(1)
    ~ p3_told_noor = true
    Je zegt het voor je het netjes kunt maken. Hoe het perfect is als jullie met z'n tweeën zijn. Hoe je tussen andere mensen op wacht gaat staan als een hond bij een hek. Hoe je nooit van je leven jaloers bent geweest en er nu een vreemde in je huid woont, en die vreemde telt.
    Noor luistert tot het eind zonder je te onderbreken, en bij Noor is dat een vorm van liefde. ‘Je wordt niet gek,’ zegt ze ten slotte. ‘Je merkt iets op. Dat is iets anders.’
* [‘De saxofoon. Graag.’ #step: withdraw]
    ~ step_withdraw(1)
    Noor vertelt over de saxofoon, waar haar buurman alleen op zondagochtend op speelt, en dan nog maar één nummer, vals en vol overgave. Het is een goed verhaal. Je lacht op alle goede momenten. Je zult er geen woord van onthouden.
* [App {hem()} onder tafel: ‘we zitten in de Lantaarn x’ #step: pursue]
    ~ step_pursue(1)
    ~ p3_told_where = true
    Je typt het onder tafel, als een scholier in de les. we zitten in de lantaarn x. Je kijkt lang naar dat kusje. Je laat het staan. Verzonden. Afgeleverd. Niet gelezen.
    ‘Zat je nou {hem()} te appen?’ vraagt Noor. ‘Nee,’ zeg je, en je legt je telefoon met het scherm naar beneden, en draait het ding weer om.
-
Een half uur. De kaars op tafel is een vingerbreedte korter geworden. Het glas van Noor is leeg, het jouwe nog vol.
Dan draait er uit het niets iets om in je maag. Geen gefladder. Een draai, traag en zwaar, als een sleutel in een stroef slot. Het is geen gedachte; het zit lager dan gedachten, en het zegt maar één ding. Nu. Ga nu terug. # body: stomach
* [Luister ernaar. Sta op en ga terug, nu #step: ground]
    ~ step_ground(2)
    ~ p3_saw = true
    Je staat al voor je ermee hebt ingestemd. ‘Ik moet terug.’ Noor kijkt één keer naar je gezicht en vraagt niets. Ze schuift een briefje onder haar glas en loopt met je mee.
    -> doorway
* [Bel {hem()} liever. Gewoon om te horen waar {hij()} is #step: pursue]
    ~ step_pursue(2)
    ~ p3_saw = true
    Je stapt naar buiten en belt {hem()}. Er wordt niet opgenomen. Je belt nog eens. Niets. De derde keer krijg je meteen de voicemail, {zijn()} opgenomen stem, vrolijk en onbekommerd, en juist dat zet je in beweging. Je rent. De hakken van Noor klakken achter je aan.
    -> doorway
* [Het zijn de zenuwen. Bestel nog een glas en blijf zitten #step: withdraw]
    ~ step_withdraw(1)
    -> stayed

= doorway
{veil_infidelity:
    De regen is dun geworden, bijna stof. De deur van het café op de hoek is dicht, de ramen zijn van binnen beslagen.
    Je gaat naar binnen. {Zijn()} stoel staat naar achteren geschoven en {zijn()} jas hangt niet meer aan de kapstok. De twee glazen staan nog op de bar, het bier doodgeslagen. De vrouw achter de bar haalt haar schouders op: een paar minuten geleden vertrokken. Ze zegt niet alleen, en ze zegt niet niet alleen. Dat hoeft ook niet.
    Noor zegt je naam. Je antwoordt niet. Ergens vanbinnen heb je het al geraden en meteen weggestopt, zoals je een brief wegstopt die je nog niet open durft te maken. Misselijk word je er toch van.
- else:
    De regen is dun geworden, bijna stof. Veertig meter voor het café op de hoek zie je de deur openzwaaien en licht op de natte stoep vallen, en de groene jas stapt erin, zet een kraag op, lacht om iets over de schouder.
    Een paar tellen later: {partner_name}.
    Je bereikt de deuropening op hetzelfde moment als {hij()}. Zo dichtbij dat je het café aan {hem()} ruikt: bier, vochtige wol, kaarsrook. {Zijn()} ogen vinden de jouwe. Een seconde, een hele lange seconde, blijft {hij()} staan, en je ziet {hem()} denken.
    Dan wendt {hij()} {zijn()} gezicht af, alsof het licht te fel is, stapt langs je heen de straat op en loopt de groene jas achterna zonder om te kijken.
    Noor zegt je naam. Je antwoordt niet. Je weet precies waar {hij()} heen gaat. Je weet het met je hele lijf, zoals je in het donker weet dat er een traptree ontbreekt, en je wordt er misselijk van.
}
* [Ga {hem()} achterna #step: pursue]
    ~ step_pursue(2)
    Je rent naar de hoek, alsof er nog iets in te halen valt. De straat is nat en leeg en oranje onder de lantaarns: niemand, alleen ergens een fietsbel en je eigen adem. Je blijft staan tot Noor je inhaalt en zonder iets te zeggen haar arm door de jouwe steekt.
* [Laat {hem()} gaan. Ga naar huis #step: ground]
    ~ step_ground(1)
    ‘Ik ga naar huis,’ zeg je tegen Noor. Ze biedt aan om mee te lopen. Je zegt nee en je meent het, en ze laat je het menen. Je loopt.
* [Ga met Noor weer naar binnen en lach zo hard dat het hele café het hoort #step: withdraw]
    ~ step_withdraw(2)
    Aan de bar bestel je twee shotjes en je drinkt ze allebei op. Je lacht om een grap van de vrouw achter de bar, om die van Noor, om niks. Wie je zag, zou denken dat je de avond van je leven had. Niemand ziet je.
-
-> night_after

= stayed
Je bestelt nog een glas en drinkt het voor de helft in één teug leeg, en het draaien in je maag gaat liggen, mokkend, als een hond die zich koest moet houden.
Noor brengt je om één uur thuis. Jullie route loopt langs het café op de hoek. De lichten zijn uit, de stoelen staan op de tafels. Je kijkt niet of {zijn()} fiets in het rek staat. Je kijkt toch. Het rek is leeg.
-> night_after

=== night_after ===
# scene: bedroom
Hoe je thuisgekomen bent, weet je achteraf niet meer. Alleen flarden: een stoplicht dat voor niemand op rood springt, je sleutel die twee keer naast het slot schiet, de geur van je eigen trappenhuis, iemands curry en oude radiatoren.
Je kleedt je niet uit. Je zit rechtop in bed, je rug tegen de muur en het dekbed over je knieën, en je staart naar de deur van de kledingkast. Slaap is iets uit een ander land. Huilen zou betekenen dat er iets in je loslaat, en er laat niets los.
Je bent woedend en je gelooft het niet, en die twee houden elkaar zo precies in evenwicht dat geen van beide kan winnen. {p3_saw: Elke keer dat je je ogen dichtdoet, ben je er weer: {veil_infidelity: de weggeschoven stoel, de lege haak, dat schouderophalen.|de deuropening, en {zijn()} gezicht dat zich van je afwendt, als een bladzijde die wordt omgeslagen.}|Je hebt niets gezien. Dat blijf je tegen jezelf zeggen. Je hebt helemaal niets gezien.}
1:40. 2:05. 2:20. De cijfers op de wekker veranderen steeds zonder ergens te komen.
{p3_told_noor: Je telefoon licht op op het dekbed. Noor: ben je veilig thuis? ik ben wakker. hoe laat ook. echt.}
* [Leg je hand plat op je buik en laat het daar pijn doen #step: ground]
    ~ step_ground(1)
    Je legt je hand op de plek waar het uren geleden omdraaide. Het zit er nog, een knoop zo groot als een vuist. Je gaat er niet tegenin. Je zit ermee zoals je met iemand in een ziekenhuisgang zit: niemand hoeft iets te zeggen.
    {p3_told_noor: Dan app je Noor terug: niet oké. maar thuis. Ze stuurt één hartje en verder niets, en dat is precies goed.}
* [Typ ‘Ik weet wat je gedaan hebt.’ Wis het. Typ het opnieuw #step: pursue]
    ~ step_pursue(1)
    Je typt ik weet wat je gedaan hebt en wist het. Je typt waar ben je en wist dat ook. Je typt ik hoop dat je en weet niet hoe de zin afloopt. Het scherm dimt en je tikt het wakker, steeds opnieuw, zodat het niet op je kan uitgaan.
* [Zet je telefoon op stil en gooi hem naar het voeteneind #step: withdraw]
    ~ step_withdraw(1)
    Je zet hem op stil en gooit. Het ding landt met het scherm naar beneden aan het voeteneind, een zwart steentje in de plooien van het dekbed. Twee minuten later kruip je ernaartoe en zet je het geluid weer aan. Voor het geval dat. Voor het geval wát, zou je niet kunnen zeggen.
-
Om 2:51 gaat je telefoon. # sfx: ring
{partner_name}. Natuurlijk.
Je neemt op en zegt niets. Dat hoeft ook niet: {hij()} praat al, hard, buiten, de wind schuurt over de microfoon.
‘Waar was je nou? Ik heb je overal gezocht. Overal. Je kunt toch niet zomaar verdwijnen?’
{p3_told_where: Je had {hem()} gezegd waar. De Lantaarn. Er stond nog een kusje achter ook.}
{Hij()} klinkt gekwetst. Dat is het verbijsterende. {Hij()} klinkt oprecht, verontwaardigd gekwetst, alsof jij degene bent die de nacht in liep.
* [{p3_saw: ‘Ik ben teruggegaan naar het café, {partner_name}. Ik weet het.’|‘Waar ben jij gebleven, {partner_name}? Zeg het maar.’} #step: ground #locked: {pull_strong()} #why: Een deel van je zegt liever sorry dan dat het het antwoord moet horen.]
    ~ step_ground(2)
    Je zegt het zonder je stem te verheffen. Het verbaast je hoe rustig het eruit komt, als iets wat je voorzichtig op tafel zet.
    {p3_named_it: Je denkt aan het begin van de avond: ‘Vrienden van je?’ en dat tikje op je neus. Toen zag je het ook al. En je zei het.}
* [‘Waag het niet. Waag het niet om dit op mij af te schuiven.’ #step: withdraw]
    ~ step_withdraw(1)
    ‘Waag het niet,’ zeg je. ‘Waag het niet om dit op mij af te schuiven.’ Je stem schiet omhoog en breekt bovenin als een goedkoop glas, en aan {zijn()} kant valt zelfs de wind even stil.
* [‘Sorry, ik… Noor wilde weg, ik had toch geappt…’ #step: pursue]
    ~ step_pursue(2)
    Het is eruit voor je het kunt tegenhouden: een excuus. Je hoort jezelf uitleggen, gladstrijken, {hem()} een uitvlucht aanreiken waar {hij()} zo in kan stappen. En dan, met een klein stemmetje dat van iemand anders is: {veil_infidelity: ‘Waar ben je daarna heen gegaan?’|‘Ben je met die ander mee naar huis gegaan?’}
-
{veil_infidelity:
    ‘Wat? Nee. Waar heb je het over?’ Een stilte met wind erin. Dan een verhaal, een lang verhaal, met gaten erin. Dan worden de gaten groter dan het verhaal.
    De details heb je niet nodig, en {hij()} geeft ze ook niet. Er komt een moment waarop het ontkennen op is, en wat er dan overblijft, is het antwoord. Jullie horen het allebei.
    Het komt niet bij je binnen. Het blijft boven het bed in de kamer hangen, als rook die nergens heen kan.
- else:
    ‘Wat? Nee. Waar heb je het over?’ Een stilte met wind erin. ‘We stonden te praten. Ik ben even mee naar de tram gelopen, meer niet.’
    Je zegt niets. Zwijgen is het enige wat je hebt waar {hij()} niet tegenin kan gaan.
    ‘Er is niks gebeurd.’ Dan, minder zeker: ‘Er is niet echt iets gebeurd.’ En dan, na een hele tijd, zo zacht dat de wind het bijna meeneemt: ‘Oké. Ja. Ik ben mee naar binnen gegaan. Het spijt me. Het betekende niks.’
    De woorden komen aan, maar ze dringen niet tot je door. Ze blijven boven het bed in de kamer hangen, als rook die nergens heen kan. Je ergste nachtmerrie, bevestigd door de telefoon, om drie uur 's nachts, met de stem waar je van houdt.
}
Je hangt op.
De telefoon gaat weer. # sfx: ring
Je hangt op. Weer. Je hangt op. Weer. Elke keer laat je {hem()} iets verder komen voor je duim de rode knop vindt: je naam; dan je naam en sorry; dan je naam en sorry en alsjeblieft, luister nou even. Elke keer krijgt {hij()} een paar woorden meer de kamer in.
* [Laat de telefoon overgaan tot het ophoudt #step: withdraw]
    ~ step_withdraw(1)
    Je kijkt hoe het scherm oplicht. {Zijn()} naam, kloppend, donker, weer licht. Je telt de oproepen zoals je schaapjes telt. Bij de zevende neemt je duim op zonder het je te vragen.
* [Neem op en zeg: ‘Ik kan vannacht niet met je praten.’ #step: ground]
    ~ step_ground(1)
    ‘Ik kan vannacht niet met je praten,’ zeg je. Het is de eerste ware zin die je de hele avond hebt uitgebracht, en je stem houdt het bijna. ‘Weet ik,’ zegt {hij()}. ‘Weet ik. Maar hang niet op. Alsjeblieft.’ En je hangt niet op, en waarom niet zou je aan niemand kunnen uitleggen.
* [Neem op en luister. Alleen luisteren #step: pursue]
    ~ step_pursue(1)
    Je neemt op, zegt niets en laat {zijn()} stem komen. Het is de stem die je pijn heeft gedaan, en het is de enige stem die je wilt horen, en het is vreselijk hoe makkelijk die twee dingen in één hand passen.
-
Dan wordt {zijn()} stem zacht, zoals dat alleen 's nachts laat gebeurt. De wind is weg; {hij()} is binnen. ‘Kom hier,’ zegt {hij()}. ‘Kom naar mij toe. Ik wil dat je hier bent.’ Een ademhaling. ‘En als je niet wilt, snap ik dat. Echt.’
‘Ik kom natuurlijk niet,’ zeg je, en je bent woest, en het is waar.
Dan valt er een stilte die je niet opvult. Daarin hoor je {hem()} ademen, en voel je, zoals je onweer voelt aankomen, het deel van jou dat zijn schoenen al aanheeft.
* [‘…Oké. Ik kom eraan.’ #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_went_over = true
    -> went
* [Hou vast aan je nee: ‘Welterusten, {partner_name}.’ #step: ground #locked: {pull_strong()} #why: Het deel van je dat al halverwege de trap is, hoort geen woord van wat je zegt.]
    ~ step_ground(2)
    ~ boundary_held()
    -> stayed_home

= went
Het is alsof iemand anders het zegt, iemand die onder jou woont en pas na middernacht bovenkomt. ‘Oké. Ik kom eraan.’
Je fietst door de lege stad met je jas open, zonder licht, twee keer door rood. Wat je wilt is heel klein en heel helder: in {zijn()} armen liggen en niets zeggen. Geen woord. Eén woord en het is kapot.
{Hij()} doet al open voor je kunt aanbellen. {Hij()} zegt ook niets. Zo spreken jullie het af, zonder iets af te spreken.
En de nacht is beter dan alle nachten ervoor. {Hij()} is trager, zachter, meer aanwezig dan ooit; {hij()} kijkt naar je alsof {hij()} je uit {zijn()} hoofd probeert te leren. Je begrijpt heel goed waar dat vandaan komt: er valt iets recht te zetten, en dat weet {hij()} ook. Je zegt het niet. Als je het zegt, is het voorbij.
Tegen de ochtend, met {zijn()} mond in je haar, zegt {hij()} dat {hij()} je wil. Echt. Dit keer echt, zegt {hij()}, niet zoals eerst. Het geeft je een rare, scheve voldoening, alsof je een spel wint waar je nooit voor hebt getekend.
-> tightrope

= stayed_home
‘Welterusten, {partner_name}.’ Je drukt het gesprek weg, en deze keer zet je je telefoon uit. Niet op stil: uit. Het scherm wordt zwart en je eigen gezicht kijkt je erin aan.
Het is het moeilijkste wat je in maanden hebt gedaan, en niemand heeft het gezien. Je gaat met je kleren aan liggen. De knoop in je maag gaat niet los, maar trekt ook niet strakker meer aan.
Om 7:12 zet je je telefoon weer aan en het scherm loopt vol met {partner_name}: vier berichten, een spraakbericht dat je niet afspeelt, en een laatste waarin alleen je naam staat. Je antwoordt niet. Niet om {hem()} te straffen. Je hebt nog geen antwoord, en dat mag.
-> tightrope

=== tightrope ===
# scene: home
Het duurt dagen. Het beeld heeft zich op je netvlies vastgezet – {p3_saw: {veil_infidelity: de weggeschoven stoel, de twee dooie glazen, het schouderophalen achter de bar|{zijn()} gezicht dat zich afwendt in de deuropening, de groene jas onder de lantaarnpaal}|het achterovergegooide hoofd van de groene jas, {zijn()} elleboog op de bar, het donkere café met de stoelen op de tafels} – en dagenlang blijft het een plaatje, iets waar je naar kijkt, niet iets wat jou is overkomen. Dan, op woensdag, terwijl je een kopje omspoelt, komt het aan. Je blijft bij het aanrecht staan met de kraan open tot het water heet wordt.
Er is geen enkele redelijke reden te bedenken voor wat je doet. Dat weet je best. Als Noor dit verhaal over iemand anders vertelde, zat je al met die persoon aan de telefoon voor ze uitgepraat was.
{p3_went_over: En je bent naar {hem()} toe gegaan, diezelfde nacht. Daar blijf je naar teruggaan, zoals je tong steeds weer naar een afgebrokkelde kies gaat.|Je bent die nacht niet naar {hem()} toe gegaan. Je hield vol. En toch lig je hier, aan {hem()} te denken nog voor je je ogen open hebt.}
Je zegt tegen jezelf dat je klaar met {hem()} bent. Je zegt het zo vaak en zo stellig dat je begint te horen hoe het klinkt: als iemand die in het donker hard praat om de honden op afstand te houden. Ergens diep vanbinnen, onder alle redenen, zit een deel van je aan {hem()} vastgeketend, en dat deel kan het niets schelen wat je jezelf wijsmaakt.
Want {hij()} laat je week na week zien dat {hij()} dit niet kan. En dan, in die zeldzame uren dat {hij()} het wel kan, stort {hij()} alles tegelijk over je uit, en je zou van steen moeten zijn om daaronder vandaan te stappen.
Het is een koord. Jullie allebei daarboven, armen wijd, wankelend, en geen van beiden wil degene zijn die springt. Elke keer dat een van jullie naar de ander toe leunt, gaat het koord slingeren, en leunt de ander weg om het stil te houden. Elke slinger brengt de grond een stukje dichterbij.
* [Bel Noor en vertel haar alles, van begin tot eind #step: ground]
    ~ step_ground(1)
    {p3_told_noor: Noor weet hoe het begon; zij zat erbij, in De Lantaarn. De rest vertel je haar|Noor weet er nog niks van. Je vertelt haar alles, vanaf het café}, op de keukenvloer, met je rug tegen de koelkast, die door je ruggengraat heen zoemt. Ze zegt niet dat je {hem()} moet laten gaan. Ze zegt: ‘En wat wil jij?’ Je weet het niet. En voor één keer voelt dat niet als falen.
* [Lees 's nachts je oude berichten terug, helemaal tot het begin #step: pursue]
    ~ step_pursue(1)
    's Nachts scrol je terug. Langs de stiltes, langs de magere weken, helemaal naar het begin, toen {hij()} goeiemorgen schreef met zeven o's en je foto's stuurde van honden die volgens {hem()} op jou leken. Je leest ze zoals mensen in films oude brieven lezen. Als je de telefoon eindelijk weglegt, zijn de vogels al begonnen.
* [Verwijder {zijn()} nummer. Je kent het toch uit je hoofd #step: withdraw]
    ~ step_withdraw(2)
    Je verwijdert {zijn()} nummer, dan de chat, dan de foto's, een voor een, geconcentreerd als iemand die een bom onschadelijk maakt. Daarna leun je achterover, schoon en leeg. Het nummer zit nog in je hoofd, elk cijfer, met {zijn()} stem erbij, in de volgorde waarin {hij()} het ooit in de regen voor je opzei.
-
Zaterdagmiddag gaat je telefoon. # sfx: sms
ik sta beneden. vijf minuten? maar vijf.
Je loopt naar het raam. {Hij()} staat op de stoep naast {zijn()} fiets en kijkt omhoog, nat haar, een papieren zak van de goede bakker in {zijn()} hand, die twee wijken verderop. Helemaal daarheen gefietst voor het brood dat jij zo lekker vindt.
Je gaat naar beneden. Je zegt tegen jezelf dat het is zodat de buren niet hoeven mee te kijken.
In de deuropening ben je kwaad. Het komt helder en koud omhoog, als water van heel diep. En onder die kwaadheid zit teleurstelling, en dat is erger, want die is zwaarder en die brandt niet weg.
* [Zeg wat het met je gedaan heeft. Gewoon, zonder je stem te verheffen #step: ground #locked: {walls_up()} #why: Je muren zijn inmiddels zo hoog dat zelfs je eigen stem er niet meer overheen komt.]
    ~ step_ground(2)
    ‘{veil_infidelity: Je hebt gedaan wat je die nacht gedaan hebt|Je bent met een ander mee naar huis gegaan}, en daarna belde je mij om het goed te komen maken. {p3_went_over: En ik kwam.|En toen ik niet wilde, bleef je bellen.}’ Je hoort hoe kaal het klinkt. Er valt niets aan toe te voegen. ‘Het zit er nog steeds. In mijn maag, elke dag.’
* [Sla je armen over elkaar. Geef {hem()} één woord tegelijk #step: withdraw]
    ~ step_withdraw(2)
    Je slaat je armen over elkaar en leunt tegen de deurpost. Ja. Nee. Prima. Maakt niet uit. Je deelt woorden uit als muntjes aan iemand die je niet vertrouwt, en kijkt hoe {hij()} daar een gesprek van probeert te bouwen.
* [De boosheid is al weg voor je er iets mee kunt. Je pakt de zak aan #step: pursue]
    ~ step_pursue(1)
    Je was van plan boos te zijn. Je wás boos, daarnet bij het raam. Maar {hij()} houdt je de zak voor en er zit bloem op {zijn()} mouw, en de boosheid loopt uit je weg als lucht uit een band. Je pakt het brood aan. Je hoort jezelf dankjewel zeggen.
-
Je ziet dat het aankomt. {Hij()} knippert te vaak. {Hij()} kijkt naar de zak alsof die zou kunnen helpen. En dan begint {hij()} te draaien, zoals {hij()} dat doet, op zoek naar zachtere woorden, die {hij()} allemaal eerst omkeert voor {hij()} ze je aanreikt.
‘Ik heb soms ruimte nodig. Dat weet je van me. Het is niet – het ligt niet aan jou.’ {Hij()} strijkt het natte haar van {zijn()} voorhoofd. ‘Ik heb je nooit kwijt willen raken. Ik heb je nooit pijn willen doen. Dat is waar. Dat is het enige waar ik zeker van ben.’
In je hoofd zet een koor in, alle stemmen die ooit van je hebben gehouden: Niet doen. Niet toegeven. Wees sterk. Je hoort Noor bijna de hoge partij zingen.
* [‘Ik denk dat je nu beter kunt gaan.’ #step: ground #locked: {pull_strong()} #why: Het brood, het natte haar, hoe {hij()} je naam zegt: alles in je helt al naar {hem()} over.]
    ~ step_ground(2)
    ‘Ik denk dat je nu beter kunt gaan.’ Je zegt het zacht, en je meent het, en je blijft het menen terwijl {hij()} je aankijkt, en dat is het moeilijke. {Hij()} knikt langzaam. {Hij()} gaat.
    -> keep_distance
* [Stap naar binnen en doe de deur voor {zijn()} neus dicht #step: withdraw]
    ~ step_withdraw(2)
    Je stapt achteruit en doet de deur dicht. Geen klap, alleen een klik, en dat is erger. Door het matglas zie je {zijn()} silhouet lang blijven staan, dan bukken om het brood tegen de stoep te zetten, dan weggaan.
    -> keep_distance
* [Laat {hem()} je hand pakken #step: pursue]
    ~ step_pursue(2)
    ~ p3_hunger_won = true
    {Hij()} pakt je hand en je laat het gebeuren. Meer is er niet nodig. Meer is er nooit nodig geweest.
    -> hunger

= keep_distance
Dus je houdt afstand. En hoe harder je dat doet, hoe harder {hij()} naar je toe komt.
Een liedje om middernacht, zonder bericht erbij. Een spraakbericht waarop {hij()} iets neuriet wat jij ooit vals onder de douche zong. Een ansichtkaart, een echte, met een postzegel, van een koorddanser, waar {hij()} onmogelijk iets van kan weten en toch. Donderdag staat {hij()} om vijf uur bij je werk met twee koffie, die van jou met havermelk, precies zoals jij die drinkt, en {hij()} vraagt niet eens iets. {Hij()} loopt alleen met je mee naar de tram.
En je geniet ervan. God sta je bij, je geniet ervan: voor één keer degene zijn achter wie iemand aan zit. Gezocht worden. Je weet precies wat het waard is, en je geniet er toch van.
De honger zit in je als een dier dat al dagen niet gegeten heeft. Het is geduldig. Het kent je.
* [Hou afstand, ook nu #step: ground #locked: {pull_strong()} #why: De honger wacht al de hele week, en die is luider dan alle verstandige stemmen bij elkaar.]
    ~ step_ground(2)
    ~ boundary_held()
    Bij de tramhalte buigt {hij()} zich naar je toe en je draait je gezicht weg, zodat de kus naast je oor belandt. ‘Niet zo,’ zeg je. ‘Nog niet. Misschien helemaal niet.’ Je stapt in. Door het raam zie je {hem()} staan met twee lege bekers, en voor het eerst sinds je {hem()} kent, ziet {hij()} eruit als iemand die niet weet wat er nu komt.
    Het voelt niet als winnen. Het voelt als iets heel zwaars heel stil vasthouden. Maar het houdt.
    -> after
* [Laat de honger winnen #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_hunger_won = true
    Bij de tramhalte buigt {hij()} zich naar je toe en je draait je gezicht niet weg. De tram komt en gaat, en de volgende ook.
    -> hunger

= hunger
De honger wint zoals altijd: niet beetje bij beetje, maar in één keer. {Hij()} is er, en dan is {hij()} dichterbij, en dan ligt je gezicht in {zijn()} hals en valt het koor in je hoofd stil, als een zaal waar de muziek ophoudt.
Je geniet van {hem()} met je hele huid. Je geniet er des te meer van omdat je precies weet wat er komt, zo zeker als de rekening na het eten: de afstand.
-> after

= after
{p3_hunger_won: En die komt. Natuurlijk komt die. Een paar dagen {hem()}, warm en dichtbij en gul, en dan worden {zijn()} berichten dunner, losse woorden, en dan niets meer.|En dan, alsof {hij()} voelt dat het koord slap komt te hangen, dwaalt {zijn()} aandacht af. De liedjes houden op. De kaarten houden op. De koffie houdt op. En dan is er helemaal niets meer.}
-> door

=== door ===
# scene: door
Negen dagen zonder een woord. Je wilt de waarheid recht in de ogen kijken, dat zeg je tenminste tegen jezelf onderweg: niet meer turen naar een scherm, geen koffiedik meer kijken in hoe laat een appje binnenkomt. Gewoon een deur, {hem()} erachter, en wat er waar is.
Je hebt niet gezegd dat je zou komen. Dat is de bedoeling, en dat is het probleem. Onaangekondigd langskomen doe je niet. Niemand heeft dat ooit gezegd; het is een van die regels waar jullie je allebei aan houden zonder dat ze ergens zijn opgeschreven, net als de regel dat {hij()} jou belt en niet andersom. {p3_hunger_won: Grappig, denk je: {hij()} staat met brood bij jou op de stoep wanneer het {hem()} uitkomt.|Grappig, denk je: {hij()} stond nog niet zo lang geleden met brood bij jou op de stoep.}
{Zijn()} straat. {Zijn()} fiets met een ketting aan het hek. Boven brandt licht. Je staat lang op de stoep met je hand omhoog, als iemand die op het punt staat een eed af te leggen.
Je klopt. # sfx: knock
Niets. Je klopt nog eens. Voetstappen, traag. Dan een stilte achter de deur, lang genoeg om door het spionnetje te kijken en een besluit te nemen.
Je keel sluit zich om iets wat je nog niet hebt doorgeslikt. # body: throat
De deur gaat een handbreedte open. {Hij()} staat er in een T-shirt en een joggingbroek, met samengeknepen ogen, grauw om de neus. ‘O,’ zegt {hij()}. ‘Hoi.’
Hoofdpijn, zegt {hij()}. Gisteren laat geworden; {hij()} gaat dood. {Hij()} zegt het allemaal tegen de deurpost. {Hij()} doet de deur niet verder open en {hij()} gaat ook niet opzij.
Achter {hem()} is de gang donker. Het ruikt er naar toast en naar iets zoets en muffigs. Je ziet het aan {hem()}: dit is een inbraak, alsof je door een raam naar binnen bent geklommen. Zomaar langskomen stond nergens in de afspraak.
* [‘Mag ik even binnenkomen? Ik zet thee voor je. Ik ben heel stil.’ #step: pursue]
    ~ step_pursue(2)
    {Hij()} trekt een gezicht. ‘Vandaag even niet, hè? Ik ben echt kapot.’ De deur gaat nog een centimeter dicht. Je ziet het, en je doet alsof je het niet ziet, en je zegt tuurlijk, tuurlijk, en jij bent degene die sorry zegt.
* [Luister naar je keel. ‘Oké. Beterschap.’ En ga #step: ground #locked: {pull_strong()} #why: Je bent helemaal hierheen gekomen; je voeten draaien zich niet om zolang die deur nog op een kier staat.]
    ~ step_ground(1)
    ‘Oké,’ zeg je. ‘Beterschap.’ Je draait je om voor {hij()} de deur voor je neus kan dichtdoen, zodat het omdraaien tenminste van jou is. Achter je klikt na een tijdje het slot.
* [‘Nou. Geniet maar van je vrijheid.’ #step: withdraw]
    ~ step_withdraw(2)
    ‘Nou,’ zeg je. ‘Geniet maar van je vrijheid.’ Het komt er scherper uit dan je bedoelde, en ook precies zo scherp als je bedoelde. {Hij()} doet {zijn()} mond open. Je staat al op straat.
-
Je loopt met lege handen naar huis. Geen antwoord, geen ruzie, zelfs geen kus bij de deur om verdrietig over te zijn. Alleen de kou, en je eigen schoenen op de stoeptegels, en het gevoel dat je hebt aangeklopt bij iets wat nooit een deur was.
Een uur later je telefoon. # sfx: sms
sorry van net. slecht moment. voelde me echt beroerd. x
* [Antwoord meteen: ‘Geeft niks! Beterschap x’ #step: pursue]
    ~ step_pursue(1)
    Geeft niks! Beterschap x. Verstuurd voor je erover hebt nagedacht. Je legt je telefoon weg en pakt het ding weer op om te zien of {hij()} het gelezen heeft. Dat heeft {hij()}. Er komt niets terug.
* [Laat het tot morgen ongelezen #step: withdraw]
    ~ step_withdraw(1)
    Je veegt de melding weg zonder het bericht te openen, zodat {hij()} niet ziet dat je het gelezen hebt. Laat {hem()} maar eens in het ongewisse. Je ligt wakker en vraagt je af of {hij()} nu ook wakker ligt.
* [Lees het twee keer. Antwoord nog niet. Schrijf voor jezelf op wat er gebeurd is #step: ground]
    ~ step_ground(1)
    Je leest het twee keer. Dan pak je een schrift en schrijft het op, gewoon, zoals je het voor een goede vriend zou opschrijven: het kloppen, de stilte, de breedte van de kier, het woord ‘afspraak’. In je eigen handschrift ziet het eruit als wat het is.
-
~ disappointment()
Op de rand van het bad doe je jezelf een belofte. Niemand hoeft ervan te weten; er zijn geen getuigen voor nodig.
Twee keer kan pech zijn. Twee keer kan timing zijn, hoofdpijn, een late avond, een rotweek, de verkeerde deur op de verkeerde dag. Maar drie keer is geen pech meer. Drie keer is een patroon. En wat drie keer gebeurt, gebeurt net zo goed tien keer.
Dus je gaat tellen. Je telt al.
// Vlaggen die alleen deze fase leest, gaan terug op false, zodat latere fasen ze niet meeslepen.
~ p3_named_it = false
~ p3_told_where = false
Eén. # pause: 3
-> festival
