# Tudalennau'r llawlyfr. Mae pob $newidyn yn cael ei ddianc cyn ei osod.

## Every page

skip-link = Neidio i'r prif gynnwys
a-to-z-link = A i Y o'r gweithdrefnau a'r camau
search-label = Chwilio'r llawlyfr
search-button = Chwilio
search-results-label = Canlyniadau chwilio
footer-all-procedures = Pob gweithdrefn
footer-a-to-z = A i Y
footer-accessibility = Hygyrchedd a phreifatrwydd
footer-nothing-leaves = Nid yw dim a deipiwch yn y cymorth penderfynu yn gadael eich dyfais.
printed-from-url = Argraffwyd o { $address }. Gwiriwch y llawlyfr am y fersiwn gyfredol.
printed-from-page = Argraffwyd o dudalen y llawlyfr { $address }. Gwiriwch y llawlyfr am y fersiwn gyfredol.
feed-title = { $title }: diwygiadau
breadcrumb-label = Briwsion bara
language-switch-label = Dewiswch iaith
language-switch-current = { $language }
language-switch-other = Newid yr iaith i'r { SOFT($language) }
no-translation = Nid yw'r dudalen hon ar gael yn Gymraeg.
no-translation-link = <a href="{ $href }" lang="{ $code }" hreflang="{ $code }">{ $text }</a>

## Home

home-intro = Dewiswch weithdrefn y bartneriaeth ddiogelu ar gyfer ardal y plentyn. Mae pob un yn egluro camau uwchgyfeirio, pwy i gysylltu â nhw ac erbyn pryd, ac mae ganddi gymorth penderfynu sy'n cadw eich cofnod.
home-area-title = Ym mha ardal mae'r plentyn yn byw?
home-area-other = Os nad yw ardal y plentyn wedi'i rhestru, defnyddiwch weithdrefn y rhanbarth neu'r bartneriaeth y mae'n perthyn iddi isod.
home-meta = { $stages ->
    [one] 1 cam.
    [two] 2 gam.
    [few] { $stages } cham.
    [many] { $stages } cham.
   *[other] { $stages } cam.
  } Diweddarwyd ddiwethaf <time datetime="{ $iso }">{ $date }</time>.
home-local-versions = Fersiynau lleol ar gyfer partneriaethau'r rhanbarth hwn
home-other-language-title = Gweithdrefnau nad ydynt ar gael yn Gymraeg
home-other-language-intro = Nid oes fersiwn Gymraeg o'r gweithdrefnau hyn eto. Maen nhw ar gael yn Saesneg.

## A to Z

a-to-z-title = A i Y o'r gweithdrefnau a'r camau
a-to-z-intro = Pob gweithdrefn yn y llawlyfr hwn (yn ôl ei theitl a'r ardaloedd y mae ar eu cyfer), a phob cam o bob un, yn nhrefn yr wyddor.
a-to-z-letters = Llythrennau
a-to-z-crumb = A i Y
a-to-z-stage-where = Cam { $number }, { $title }
a-to-z-area-where = { $title }, ar gyfer { $area }

## Page not found

not-found-title = Ni chanfuwyd y dudalen
not-found-typed = Os teipioch chi'r cyfeiriad gwe, gwiriwch ei fod yn gywir.
not-found-pasted = Os gwnaethoch chi ludo'r cyfeiriad gwe, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.
not-found-all = <a href="{ $href }">Gweld pob gweithdrefn</a>.
not-kept-title = Nid yw'r dudalen hon wedi'i chadw ar y ddyfais hon
not-kept-why = Nid oes cysylltiad (neu mae'n rhy wan), ac ni chadwyd y dudalen hon i'w darllen all-lein. Caiff tudalen ei chadw unwaith y byddwch wedi'i hagor gyda chysylltiad, gyda phob tudalen o'i gweithdrefn.
not-kept-where = <a href="{ $home }">Gweld yr hafan</a> neu'r <a href="{ $az }">A i Y</a>: mae'r ddwy wedi'u cadw.

## Accessibility and privacy

accessibility-title = Hygyrchedd a phreifatrwydd
accessibility-statement = Datganiad hygyrchedd
accessibility-run-by = Mae'r wefan hon yn cael ei rhedeg gan y partneriaethau diogelu y mae'n cyhoeddi eu gweithdrefnau. Rydym am i gynifer o bobl â phosibl allu ei defnyddio. Dylech allu:
accessibility-can-colours = newid lliwiau, lefelau cyferbyniad a ffontiau gan ddefnyddio gosodiadau eich porwr neu'ch dyfais
accessibility-can-zoom = chwyddo hyd at 400% heb i'r testun ddisgyn oddi ar y sgrin
accessibility-can-keyboard = llywio'r wefan gyfan, gan gynnwys y cymorth penderfynu, gan ddefnyddio bysellfwrdd yn unig
accessibility-can-listen = gwrando ar y wefan gan ddefnyddio darllenydd sgrin
accessibility-can-print = argraffu unrhyw weithdrefn, a'r cofnod y mae'r cymorth penderfynu yn ei wneud
accessibility-how-title = Pa mor hygyrch yw'r wefan hon
accessibility-how = Ein nod yw bodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) fersiwn 2.2 i lefel AA. Caiff pob tudalen ei gwirio â phrofion hygyrchedd awtomatig (axe-core) bob tro y caiff y wefan ei hadeiladu a'i phrofi, ac mae'r cymorth penderfynu yn dilyn patrymau System Dylunio GOV.UK ar gyfer cwestiynau, dyddiadau, gwallau a thudalennau gwirio eich atebion.
accessibility-javascript = Mae angen JavaScript ar y cymorth penderfynu. Os nad yw'n gweithio i chi, mae gan bob gweithdrefn ffurflen gofnod wag i'w hargraffu sy'n gofyn yr un cwestiynau.
accessibility-reporting-title = Rhoi gwybod am broblemau hygyrchedd
accessibility-reporting = Os dewch o hyd i broblem nad yw wedi'i rhestru ar y dudalen hon, neu os oes arnoch angen gwybodaeth mewn fformat gwahanol, cysylltwch ag uned fusnes y bartneriaeth yr oeddech yn darllen ei gweithdrefn.
accessibility-enforcement-title = Y weithdrefn orfodi
accessibility-enforcement = Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy'n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018. Os nad ydych yn fodlon â'r ffordd rydym yn ymateb i'ch cwyn, cysylltwch â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS).
privacy-title = Preifatrwydd
privacy-nothing-sent = Nid yw'r wefan hon yn gosod cwcis ac nid yw'n anfon dim a deipiwch i unman. Mae'r cymorth penderfynu a'r chwilio yn rhedeg yn gyfan gwbl yn eich porwr.
privacy-kept-title = Beth sy'n cael ei gadw ar eich dyfais
privacy-kept-copy = <strong>Copi o'r llawlyfr hwn, i'w ddarllen all-lein.</strong> Ar ôl eich ymweliad cyntaf, mae eich porwr yn cadw'r hafan, yr A i Y, y dudalen hon, arddulliau a sgriptiau'r wefan, y cymorth penderfynu, rhaglen y chwilio, a phob tudalen o'r weithdrefn a agoroch chi (gyda'i rhanbarth a fersiynau lleol y rhanbarth, lle mae ganddi rai), yn yr iaith y gwnaethoch ei darllen. Caiff tudalennau eraill, a'r rhannau o fynegai'r chwilio y mae chwiliad yn eu defnyddio, eu cadw unwaith y byddwch wedi'u hagor neu eu defnyddio. Caiff llawlyfr bach ei gadw'n gyfan ar unwaith. Caiff y copi ei ddisodli pan gyhoeddir fersiwn newydd, a dim ond yr hyn a gyhoeddodd y bartneriaeth sydd ynddo: byth unrhyw beth a deipiwch.
privacy-kept-draft = <strong>Drafft o'ch cofnod, dim ond os gofynnwch chi.</strong> Os ticiwch “Cadw drafft ar y ddyfais hon” yn y cymorth penderfynu, caiff eich atebion eu cadw yn y porwr hwn nes i chi eu clirio. Ni chedwir dim fel arall.
privacy-remove-title = Sut i'w dynnu
privacy-remove-draft = I dynnu drafft, dewiswch “Clirio popeth” yn y cymorth penderfynu, neu dad-diciwch “Cadw drafft ar y ddyfais hon”.
privacy-remove-all = I dynnu popeth, gan gynnwys y copi all-lein, cliriwch ddata'r wefan hon yng ngosodiadau eich porwr (yn aml o dan “Preifatrwydd”, yna “Data gwefannau” neu “Cwcis a data gwefannau”).

## A procedure's page

draft = Drafft
draft-notice = Drafft yw'r weithdrefn hon: mae <code>stagehand build</code> yn ei gadael allan o'r wefan a gyhoeddir nes i <code>draft: true</code> gael ei dynnu o'i procedure.md.
local = Lleol
local-version-intro = Dyma fersiwn leol <strong>{ $partnership }</strong> o <a href="{ $href }">{ $region }</a> ({ $region_partnership }, diweddarwyd ddiwethaf { $region_updated }). Dyma'r weithdrefn gyfan fel y mae'n berthnasol yn ardal { $covers }: testun a chamau'r rhanbarth, gyda'r rhannau a ychwanegwyd yma wedi'u marcio'n <strong class="tag tag--purple">Lleol</strong>.
local-version-covers-none = y bartneriaeth hon
local-version-others = Fersiwn partneriaeth arall:
local-version-others-label = Partneriaethau eraill y rhanbarth hwn
local-version-region = Gweithdrefn y rhanbarth, heb fanylion lleol
choose-partnership-title = Dewiswch y bartneriaeth ar gyfer ardal y plentyn
choose-partnership-intro = { $count ->
    [one] Mae gan y bartneriaeth hon
   *[other] Mae gan y partneriaethau hyn
  } fersiwn leol yn y llawlyfr hwn: y weithdrefn gyfan gyda'i chysylltiadau a'i manylion ei hun. Ar gyfer unrhyw bartneriaeth arall yn y rhanbarth, dilynwch y weithdrefn hon a threfniadau'r bartneriaeth honno ei hun.
last-updated = Diweddarwyd ddiwethaf
amendments-link = diwygiadau
review-due = Adolygiad nesaf
amendments = Diwygiadau
contents = Cynnwys
decision-aid = Cymorth penderfynu
route-title = Y llwybr yn fras
contacts = Cysylltiadau
training-title = Dolenni ar gyfer hyfforddiant
full-text-title = Y weithdrefn yn llawn
aid-fallback = Mae angen JavaScript ar y cymorth penderfynu, ac mae wedi'i ddiffodd yn y porwr hwn. Gallwch <a href="{ $href }">argraffu ffurflen gofnod wag</a> a dilyn y llwybr isod yn lle hynny.
aid-privacy = Nid yw dim a deipiwch yn cael ei anfon i unman na'i storio oni bai eich bod yn dewis cadw drafft ar y ddyfais hon.
stage-title = Cam { $number }: { $title }
stage-number = Cam { $number }
see-the-procedure = Gweler y weithdrefn
or-sooner-if = { $timescale }, neu'n gynt os { $condition }
route-caption = { $count ->
    [one] Yr 1 cam. Caiff ei ddisgrifio'n llawn isod.
    [two] Y 2 gam mewn trefn. Caiff pob cam ei ddisgrifio'n llawn isod.
    [few] Y { $count } cham mewn trefn. Caiff pob cam ei ddisgrifio'n llawn isod.
    [many] Y { $count } cham mewn trefn. Caiff pob cam ei ddisgrifio'n llawn isod.
   *[other] Y { $count } cam mewn trefn. Caiff pob cam ei ddisgrifio'n llawn isod.
  }
route-diagram-label = Y llwybr uwchgyfeirio: { $count ->
    [one] 1 cam
    [two] 2 gam
    [few] { $count } cham
    [many] { $count } cham
   *[other] { $count } cam
  }, o “{ $first }” i “{ $last }”.
covered-title = Pa anghytundebau y mae hyn yn eu cwmpasu
not-covered-title = Yr hyn nad yw'r weithdrefn hon yn ei gwmpasu
no-timescales = Nid yw'r weithdrefn hon yn pennu amserlenni: datryswch yr anghytundeb o fewn amserlen sy'n amlwg yn amddiffyn y plentyn. Mae'r cymorth penderfynu yn gadael i chi bennu eich dyddiadau targed eich hun.
stage-local = Cam lleol: { $partnership }
what-to-record = Beth i'w gofnodi
read-stage-text = Darllen testun y weithdrefn ar gyfer cam { $number }<span class="visually-hidden">: { $title }</span>
end-of-route-partial = Lle mae'r weithdrefn yn parhau
end-of-route = Os nad yw'r cam olaf yn ei ddatrys
agency-tables = Mae'r tablau uchod yn rhoi rôl pob asiantaeth ar bob cam, fel y mae'r weithdrefn yn eu henwi. Lle mae tabl yn dweud "Gweler y weithdrefn", nid yw'r weithdrefn yn enwi rôl i'r asiantaeth honno.
record-questions-title = Cwestiynau ar gyfer y cofnod
print-blank-form = Argraffu ffurflen gofnod wag
returns-title = Rhoi gwybod i'r bartneriaeth
returns-email = Anfonwch ffurflenni monitro drwy e-bost at <a href="mailto:{ $email }">{ $email }</a>.
returns-url = Anfonwch ffurflenni monitro drwy ffurflen we'r bartneriaeth: <a href="{ $url }">{ $url }</a>.
returns-made = Mae'r cymorth penderfynu yn gwneud ffurflen fonitro ddienw i chi ei hanfon: dim enwau a dim byd a deipiwyd gennych, ac rydych yn gweld y cyfan yn gyntaf.
training-intro = Mae pob dolen yn agor y cymorth penderfynu ar y pwynt hwnnw, fel y gall hyfforddwr ddechrau sesiwn yno.
training-open-at = Agor y cymorth penderfynu ar gam { $number }: { $title }
worked-examples = Enghreifftiau wedi'u gweithio
worked-examples-intro = Mae'r enghreifftiau hyn yn ffuglennol ac wedi'u marcio'n glir fel hyfforddiant yn y cymorth ac ar ei gofnod.
step-contact = Cyswllt
step-timescale = Amserlen
roles-caption = Cam { $number }: pwy i gysylltu â nhw ym mhob asiantaeth
roles-agency = Asiantaeth
contact-phone = Ffôn
contact-out-of-hours = Y tu allan i oriau
contact-email = E-bost

## Timescales

timescale-working-days = o fewn { $count ->
    [two] 2 ddiwrnod gwaith
   *[other] { $count } diwrnod gwaith
  }
timescale-hours = o fewn { $count } awr
timescale-days = o fewn { $count ->
    [two] 2 ddiwrnod
   *[other] { $count } diwrnod
  }
timescale-immediately = ar unwaith
timescale-without-delay = heb oedi
timescale-as-soon-as-possible = cyn gynted â phosibl
timescale-none = Nid yw'r weithdrefn yn pennu amserlen
timescale-no-date = { $timescale }: nid yw'r weithdrefn yn pennu dyddiad
timescale-from-previous = { $timescale }, wedi'i gyfrif o ddyddiad cau'r weithred flaenorol
timescale-from-stage = { $timescale }, wedi'i gyfrif o ddechrau cam { $number }

## Dates

weekday-1 = dydd Llun
weekday-2 = dydd Mawrth
weekday-3 = dydd Mercher
weekday-4 = dydd Iau
weekday-5 = dydd Gwener
weekday-6 = dydd Sadwrn
weekday-7 = dydd Sul
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
date-day = { $day } { $month } { $year }
date-weekday = { $weekday } { $day } { $month } { $year }

## Further pages, amendments, the record form

amendments-title = Diwygiadau: { $title }
amendments-crumb = Diwygiadau
amendments-intro = Beth newidiodd, a phryd. <a href="{ $href }">Dilynwch y diwygiadau mewn darllenydd ffrydiau</a> (Atom).
amendments-regional = Gweithdrefn y rhanbarth: { $title } ({ $partnership })
amendments-own = { $title } ({ $partnership })
amendments-none = Nid oes diwygiadau wedi'u cofnodi.
record-form-crumb = Ffurflen gofnod
record-form-title = Cofnod o anghytundeb proffesiynol
record-form-intro = { $title }, diweddarwyd ddiwethaf { $date }. Argraffwch y ffurflen hon a'i llenwi â llaw, neu defnyddiwch y <a href="{ $href }">cymorth penderfynu</a>. Cadwch hi ar ffeil y plentyn. Peidiwch â chynnwys enwau nad oes eu hangen ar y cofnod.
record-form-print = I argraffu'r ffurflen hon, defnyddiwch orchymyn Argraffu eich porwr (Ctrl a P, neu Command a P ar Mac).
record-form-about = Ynglŷn â'r anghytundeb
record-form-case = Cyfeirnod yr achos (byth enw'r plentyn)
record-form-you = Eich enw, eich rôl a'ch asiantaeth
record-form-other = Yr asiantaeth rydych yn anghytuno â hi
record-form-areas = Am beth mae'r anghytundeb
record-form-something-else = Rhywbeth arall
record-form-description = Am beth mae'r anghytundeb, yn fyr
record-form-began = Y dyddiad y dechreuodd y cam hwn
record-form-who = Pwy y cysylltwyd â nhw, a phryd
record-form-due = Dyddiad cau neu ddyddiad targed
record-form-outcome = Canlyniad: beth a gytunwyd, neu pam y cafodd ei uwchgyfeirio
record-form-record = Cofnodwch:
record-form-questions = Cwestiynau ar gyfer y cofnod
yes = Ie
no = Na

## Words the site's scripts use (search, offline, print)

js-close-search = Cau'r canlyniadau chwilio
js-only-here = Canlyniadau ar gyfer { $partnership } yn unig
js-searching = Wrthi'n chwilio…
js-search-unavailable = Nid yw'r chwilio ar gael
js-search-failed = Nid oedd modd llwytho'r chwilio. Defnyddiwch yr{ " " }
js-search-failed-a-to-z = A i Y o'r gweithdrefnau a'r camau
js-search-failed-end = { " " }yn lle hynny.
js-results-for = Canlyniadau chwilio ar gyfer “{ $query }”
js-no-results = Nid oes canlyniadau sy'n cyfateb.
js-improve = Gwella eich canlyniadau chwilio drwy:
js-improve-spelling = wirio eich sillafu eto
js-improve-fewer = ddefnyddio llai o eiriau allweddol
js-improve-less-specific = chwilio am rywbeth llai penodol
js-page-found = Tudalennau a ganfuwyd: 1
js-pages-found = Tudalennau a ganfuwyd: { $count }
js-aid-follow-route = { " " }a dilyn y llwybr isod yn lle hynny.
js-browse-a-to-z = Pori'r A i Y o'r gweithdrefnau a'r camau
js-printed-on = Argraffwyd: { $day }. Gwiriwch y llawlyfr am y fersiwn gyfredol: { $address }
js-not-kept-title = Heb ei chadw ar y ddyfais hon: { $title }
js-offline = Rydych all-lein: rydych yn darllen y copi o'r llawlyfr hwn sydd wedi'i gadw ar y ddyfais hon.
js-offline-when = { " " }Dyddiad cyhoeddi’r copi hwn: { $day }.
js-new-version = Mae fersiwn newydd o'r llawlyfr hwn wedi'i chyhoeddi. Mae ei llwytho yn ail-lwytho'r dudalen hon: cadwch neu argraffwch unrhyw beth rydych wedi'i deipio yn y cymorth penderfynu yn gyntaf.
js-load-new = Llwytho'r fersiwn newydd
js-back-to-aid = Yn ôl i'r cymorth penderfynu
js-print-form = Argraffu'r ffurflen hon
js-aid-print-form = argraffu ffurflen gofnod wag
js-aid-print-form-start = Argraffu ffurflen gofnod wag
js-aid-failed = Nid oedd modd llwytho'r cymorth penderfynu: gwiriwch eich cysylltiad, yna pwyswch Dechrau nawr eto neu ail-lwythwch y dudalen. Neu{ " " }
js-aid-cannot-run = Ni all y cymorth penderfynu redeg yn y porwr hwn.{ " " }
js-aid-starting = Wrthi'n cychwyn y cymorth penderfynu…
roles-who-to-contact = Pwy i gysylltu â nhw
roles-step = Cam gweithredu { $number }
a-to-z-stage = { $title } (cam { $number })
feed-amended = { $title } ({ $partnership }), diwygiwyd { $date }
