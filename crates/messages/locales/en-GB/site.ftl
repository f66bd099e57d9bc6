# The handbook's pages: the theme's templates and the words the generator
# puts in them. Markup in a message is the theme's own; every $variable is
# escaped before it is put in.

## Every page

skip-link = Skip to main content
a-to-z-link = A to Z of procedures and stages
search-label = Search the handbook
search-button = Search
search-results-label = Search results
footer-all-procedures = All procedures
footer-a-to-z = A to Z
footer-accessibility = Accessibility and privacy
footer-nothing-leaves = Nothing you type into the decision aid leaves your device.
printed-from-url = Printed from { $address }. Check the handbook for the current version.
printed-from-page = Printed from the handbook's page { $address }. Check the handbook for the current version.
feed-title = { $title }: amendments
breadcrumb-label = Breadcrumb
# The GOV.UK language switch: each language named in its own words.
language-switch-label = Choose a language
language-switch-current = { $language }
language-switch-other = Change the language to { $language }
no-translation = This page is not available in { $language }.
no-translation-link = <a href="{ $href }" lang="{ $code }" hreflang="{ $code }">{ $text }</a>

## Home

home-intro = Choose the procedure of the safeguarding partnership for the child's area. Each one explains the stages of escalation, who to contact and by when, and has a decision aid that keeps your record.
home-area-title = Which area does the child live in?
home-area-other = If the child's area is not listed, use the procedure of the region or partnership it belongs to below.
home-meta = { $stages ->
    [one] 1 stage.
   *[other] { $stages } stages.
  } Last updated <time datetime="{ $iso }">{ $date }</time>.
home-local-versions = Local versions for the partnerships of this region
home-other-language-title = Procedures in English only
home-other-language-intro = These procedures have no version in this language yet.

## A to Z

a-to-z-title = A to Z of procedures and stages
a-to-z-intro = Every procedure in this handbook (by its title and the areas it is for), and every stage of each, in alphabetical order.
a-to-z-letters = Letters
a-to-z-crumb = A to Z
a-to-z-stage-where = Stage { $number } of { $title }
a-to-z-area-where = { $title }, for { $area }

## Page not found

not-found-title = Page not found
not-found-typed = If you typed the web address, check it is correct.
not-found-pasted = If you pasted the web address, check you copied the entire address.
not-found-all = <a href="{ $href }">See all procedures</a>.
not-kept-title = This page is not kept on this device
not-kept-why = There is no connection (or too weak a one), and this page was not kept for reading offline. A page is kept once you have opened it with a connection, with every page of its procedure.
not-kept-where = <a href="{ $home }">See the home page</a> or the <a href="{ $az }">A to Z</a>: both are kept.

## Accessibility and privacy

accessibility-title = Accessibility and privacy
accessibility-statement = Accessibility statement
accessibility-run-by = This website is run by the safeguarding partnerships whose procedures it publishes. We want as many people as possible to be able to use it. You should be able to:
accessibility-can-colours = change colours, contrast levels and fonts using your browser or device settings
accessibility-can-zoom = zoom in up to 400% without the text spilling off the screen
accessibility-can-keyboard = navigate the whole website, including the decision aid, using just a keyboard
accessibility-can-listen = listen to the website using a screen reader
accessibility-can-print = print any procedure, and the record the decision aid makes
accessibility-how-title = How accessible this website is
accessibility-how = We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 to level AA. Every page is checked with automated accessibility testing (axe-core) each time the site is built and tested, and the decision aid follows the GOV.UK Design System's patterns for questions, dates, errors and check your answers pages.
accessibility-javascript = The decision aid needs JavaScript. If it does not work for you, each procedure has a printable blank record form that asks the same questions.
accessibility-reporting-title = Reporting accessibility problems
accessibility-reporting = If you find a problem that is not listed on this page, or you need information in a different format, contact the business unit of the partnership whose procedure you were reading.
accessibility-enforcement-title = Enforcement procedure
accessibility-enforcement = The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).
privacy-title = Privacy
privacy-nothing-sent = This website sets no cookies and sends nothing you type anywhere. The decision aid and the search run entirely in your browser.
privacy-kept-title = What is kept on your device
privacy-kept-copy = <strong>A copy of this handbook, for reading offline.</strong> After your first visit, your browser keeps the home page, the A to Z, this page, the site's styles and scripts, the decision aid, the search's program, and every page of the procedure you opened (with its region and the region's local versions, where it has them), in the language you read it in. Other pages, and the parts of the search index a search uses, are kept once you have opened or used them. A small handbook is kept whole at once. The copy is replaced when a new version is published, and holds only what the partnership published: never anything you type.
privacy-kept-draft = <strong>A draft of your record, only if you ask.</strong> If you tick “Keep a draft on this device” in the decision aid, your answers are kept in this browser until you clear them. Nothing is kept otherwise.
privacy-remove-title = How to remove it
privacy-remove-draft = To remove a draft, choose “Clear everything” in the decision aid, or untick “Keep a draft on this device”.
privacy-remove-all = To remove everything, including the offline copy, clear this site's data in your browser's settings (often under “Privacy”, then “Site data” or “Cookies and site data”).

## A procedure's page

draft = Draft
draft-notice = This procedure is a draft: <code>stagehand build</code> leaves it out of the published site until <code>draft: true</code> is taken out of its procedure.md.
local = Local
local-version-intro = This is the <strong>{ $partnership }</strong> local version of <a href="{ $href }">{ $region }</a> ({ $region_partnership }, last updated { $region_updated }). It is the whole procedure as it applies in { $covers }: the regional text and stages, with the parts added here marked <strong class="tag tag--purple">Local</strong>.
local-version-covers-none = this partnership's area
local-version-others = Another partnership's version:
local-version-others-label = Other partnerships of this region
local-version-region = The regional procedure, without local detail
choose-partnership-title = Choose the partnership for the child's area
choose-partnership-intro = { $count ->
    [one] This partnership has
   *[other] These partnerships have
  } a local version in this handbook: the whole procedure with its own contacts and detail. For any other partnership of the region, follow this procedure and that partnership's own arrangements.
last-updated = Last updated
amendments-link = amendments
review-due = Review due
amendments = Amendments
contents = Contents
decision-aid = Decision aid
route-title = The route at a glance
contacts = Contacts
training-title = Links for training
full-text-title = The full procedure
aid-fallback = The decision aid needs JavaScript, which is off in this browser. You can <a href="{ $href }">print a blank record form</a> and follow the route below instead.
aid-privacy = Nothing you type is sent anywhere or stored unless you choose to keep a draft on this device.
stage-title = Stage { $number }: { $title }
stage-number = Stage { $number }
see-the-procedure = See the procedure
or-sooner-if = { $timescale }, or sooner if { $condition }
route-caption = { $count ->
    [one] The 1 stage in order. It is described in full below.
   *[other] The { $count } stages in order. Each stage is described in full below.
  }
route-diagram-label = The escalation route: { $count } stages, from { $first } to { $last }.
covered-title = What disagreements this covers
not-covered-title = What this procedure does not cover
no-timescales = This procedure sets no timescales: resolve the disagreement within a time frame that clearly protects the child. The decision aid lets you set your own target dates.
stage-local = A stage of { $partnership }'s own
what-to-record = What to record
read-stage-text = Read the procedure text for stage { $number }<span class="visually-hidden">: { $title }</span>
end-of-route-partial = Where the procedure continues
end-of-route = If the final stage does not resolve it
agency-tables = The tables above give each agency's role at each stage, as the procedure names them. Where a table says "See the procedure", the procedure names no role for that agency.
record-questions-title = Questions for the record
print-blank-form = Print a blank record form
returns-title = Telling the partnership
returns-email = Send monitoring returns by email to <a href="mailto:{ $email }">{ $email }</a>.
returns-url = Send monitoring returns through the partnership's web form: <a href="{ $url }">{ $url }</a>.
returns-made = The decision aid makes an anonymous monitoring return for you to send: no names and nothing you typed, and you see all of it first.
training-intro = Each link opens the decision aid at that point, so a trainer can start a session there.
training-open-at = Open the decision aid at stage { $number }: { $title }
worked-examples = Worked examples
worked-examples-intro = These examples are fictional and clearly marked as training in the aid and on its record.
step-contact = Contact
step-timescale = Timescale
roles-caption = Stage { $number }: who to contact in each agency
roles-agency = Agency
contact-phone = Phone
contact-out-of-hours = Out of hours
contact-email = Email

## Timescales: how long a step may take

timescale-working-days = within { $count ->
    [one] 1 working day
   *[other] { $count } working days
  }
timescale-hours = within { $count ->
    [one] 1 hour
   *[other] { $count } hours
  }
timescale-days = within { $count ->
    [one] 1 day
   *[other] { $count } days
  }
timescale-immediately = immediately
timescale-without-delay = without delay
timescale-as-soon-as-possible = as soon as possible
timescale-none = No timescale set by the procedure
timescale-no-date = { $timescale }: the procedure sets no date
timescale-from-previous = { $timescale }, counted from the previous step's deadline
timescale-from-stage = { $timescale }, counted from the start of stage { $number }

## Dates

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-day = { $day } { $month } { $year }
date-weekday = { $weekday } { $day } { $month } { $year }

## Further pages, amendments, the record form

amendments-title = Amendments to { $title }
amendments-crumb = Amendments
amendments-intro = What changed, and when. <a href="{ $href }">Follow the amendments in a feed reader</a> (Atom).
amendments-regional = The regional procedure: { $title } ({ $partnership })
amendments-own = { $title } ({ $partnership })
amendments-none = No amendments are recorded.
record-form-crumb = Record form
record-form-title = Record of a professional disagreement
record-form-intro = { $title }, last updated { $date }. Print this form and fill it in by hand, or use the <a href="{ $href }">decision aid</a>. Keep it on the child's file. Leave out names the record does not need.
record-form-print = To print this form, use your browser's Print command (Ctrl and P, or Command and P on a Mac).
record-form-about = About the disagreement
record-form-case = Case reference (never the child's name)
record-form-you = Your name, role and agency
record-form-other = The agency you disagree with
record-form-areas = What the disagreement is about
record-form-something-else = Something else
record-form-description = What the disagreement is about, briefly
record-form-began = Date this stage began
record-form-who = Who was contacted, and when
record-form-due = Deadline or target date
record-form-outcome = Outcome: what was agreed, or why it was escalated
record-form-record = Record:
record-form-questions = Questions for the record
yes = Yes
no = No

## Words the site's scripts use (search, offline, print)

js-close-search = Close search results
js-only-here = Only results for { $partnership }
js-searching = Searching…
js-search-unavailable = Search is not available
js-search-failed = The search could not be loaded. Use the{ " " }
js-search-failed-a-to-z = A to Z of procedures and stages
js-search-failed-end = .
js-results-for = Search results for “{ $query }”
js-no-results = There are no matching results.
js-improve = Improve your search results by:
js-improve-spelling = double-checking your spelling
js-improve-fewer = using fewer keywords
js-improve-less-specific = searching for something less specific
js-page-found = 1 page found
js-pages-found = { $count } pages found
js-aid-follow-route = { " " }and follow the route below instead.
js-browse-a-to-z = Browse the A to Z of procedures and stages
js-printed-on = Printed on { $day }. Check the handbook for the current version: { $address }
js-not-kept-title = Not kept on this device: { $title }
js-offline = You are offline: you are reading the copy of this handbook kept on this device.
js-offline-when = { " " }This copy was published on { $day }.
js-new-version = A new version of this handbook has been published. Loading it reloads this page: save or print anything you have typed in the decision aid first.
js-load-new = Load the new version
js-back-to-aid = Back to the decision aid
js-print-form = Print this form
js-aid-print-form = print a blank record form
js-aid-print-form-start = Print a blank record form
js-aid-failed = The decision aid could not be loaded: check your connection, then press Start now again or reload the page. Or{ " " }
js-aid-cannot-run = The decision aid cannot run in this browser.{ " " }
js-aid-starting = Starting the decision aid…
roles-who-to-contact = Who to contact
roles-step = Step { $number }
a-to-z-stage = { $title } (stage { $number })
feed-amended = { $title } ({ $partnership }), amended { $date }
