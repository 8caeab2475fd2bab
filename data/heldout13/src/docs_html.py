"""Five disclosure-log web pages (.html)."""
from common import ICB, NA, NH, WH, SO, any_of

# ---------------------------------------------------------------- h13_01 Brighton & Hove, asc, <dl>
H01 = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Adult social care: joint funding with health | Brighton &amp; Hove City Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
.top{background:#003f5f;color:#fff;padding:10px 24px}
.top a{color:#fff;margin-right:14px}
.crumbs{font-size:13px;padding:8px 24px;background:#eef3f6}
main{max-width:860px;padding:16px 24px}
dl.foi dt{font-weight:bold;margin-top:14px}
dl.foi dd{margin:4px 0 0 22px}
table.meta td,table.meta th{border:1px solid #c8d2d8;padding:4px 10px;text-align:left}
.cookie{position:fixed;bottom:0;background:#1b1b1b;color:#eee;padding:12px 24px;width:100%}
footer{background:#eef3f6;padding:16px 24px;font-size:13px;margin-top:40px}
</style>
</head>
<body>
<div class="cookie" id="cookie-banner">
<p>We use some essential cookies to make this website work. We would also like to set analytics cookies to understand how you use the site. <button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookies">View cookie settings</a></p>
</div>
<div class="top">
<a href="/">Brighton &amp; Hove City Council</a>
<a href="/bins-and-recycling">Bins</a><a href="/council-tax">Council tax</a><a href="/adult-social-care">Adult social care</a><a href="/parking">Parking</a><a href="/search">Search</a>
</div>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/council-and-democracy">Council and democracy</a> &gt; <a href="/foi">Freedom of information</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a></div>
<main>
<h1>Adult social care: joint funding with health</h1>
<table class="meta">
<tr><th>Reference</th><td>FOI/5518/24</td></tr>
<tr><th>Date received</th><td>3 May 2024</td></tr>
<tr><th>Date responded</th><td>31 May 2024</td></tr>
<tr><th>Date published</th><td>7 June 2024</td></tr>
<tr><th>Category</th><td>Health and adult social care</td></tr>
<tr><th>Outcome</th><td>Partially disclosed</td></tr>
</table>

<h2>Request and response</h2>
<p>The requester asked 12 questions about adult social care packages funded jointly with the NHS. Each question is shown in bold with the council&rsquo;s answer beneath it.</p>
<dl class="foi">
<dt>1. Please provide the contact details for the DASS in your local authority.</dt>
<dd>Our Director of Adult Social Services is Marianne Oduya (Executive Director, Health and Adult Social Care). She can be contacted by email at marianne.oduya@brighton-hove.gov.uk. Direct dial telephone numbers of officers are exempt under section 40(2) of the Act (personal information).</dd>
<dt>2. Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).</dt>
<dd>Councillor Tristram Kaye, Cabinet Member for Adult Social Care and Public Health. Councillors&rsquo; contact details are published on the <a href="/councillors">Find your councillor</a> pages.</dd>
<dt>3. Who provides your main operational system for Case Management?</dt>
<dd>Our case management system is Mosaic, supplied by The Access Group. Provider payments and client financial assessments are handled in ContrOCC.</dd>
<dt>4. How many current care packages per week does the local authority contribute some or all of the cost towards?</dt>
<dd>As at 30 April 2024 there were 4,312 people in receipt of a long-term service funded wholly or partly by the council. We count people rather than packages; some people receive more than one service.</dd>
<dt>5. What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?</dt>
<dd>The gross cost of long-term care in 2022/23 was &pound;128.6m. This is before client contributions (&pound;21.4m in the same year) are deducted.</dd>
<dt>6. How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?</dt>
<dd>617. Of these, 402 are section 117 aftercare packages and 215 are joint packages under the Care Act where the person is not eligible for NHS Continuing Healthcare.</dd>
<dt>7. What is the Annual cost of care provided by ICBs for these cases?</dt>
<dd>The council does not hold this information. The ICB&rsquo;s expenditure on these packages is recorded by NHS Sussex, who may be able to help: please see their freedom of information pages.</dd>
<dt>8. Which ICBs cover the Local Authority Area?</dt>
<dd>NHS Sussex Integrated Care Board.</dd>
<dt>9. Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?</dt>
<dd>Please see our answer to question 8.</dd>
<dt>10. Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?</dt>
<dd>Yes. A joint funding protocol covering section 117 aftercare and joint packages was agreed with NHS Sussex in 2021 and is being refreshed this year.</dd>
<dt>11. Please provide a copy of it.</dt>
<dd>The protocol is published on our website at <a href="https://www.brighton-hove.gov.uk/adult-social-care/joint-funding-protocol">www.brighton-hove.gov.uk/adult-social-care/joint-funding-protocol</a>. As it is reasonably accessible to you by other means it is exempt under section 21 of the Act.</dd>
<dt>12. Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?</dt>
<dd>There is no joint funding tool. The contribution from each organisation is agreed for each individual at the Joint Funding Panel, using the Decision Support Tool domains as a guide. Where agreement cannot be reached the case is escalated under the Sussex disputes procedure.</dd>
</dl>

<h2>Your rights</h2>
<p>If you are unhappy with the way your request has been handled you can ask for an internal review within 40 working days of the date of our response. Please write to the Information Governance Team quoting the reference above.</p>
<p>If you remain dissatisfied after the review you may complain to the Information Commissioner&rsquo;s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113).</p>
<p>Information released under the Freedom of Information Act may be re-used under the terms of the Open Government Licence unless stated otherwise.</p>
</main>
<footer>
<p>Brighton &amp; Hove City Council, Hove Town Hall, Norton Road, Hove BN3 3BQ</p>
<p><a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a> | <a href="/contact">Contact us</a></p>
<p>&copy; 2024 Brighton &amp; Hove City Council</p>
</footer>
</body>
</html>
"""

G01 = {
    "foi_reference": "FOI/5518/24",
    "response_date": "2024-05-31",
    "dass_name": "Marianne Oduya",
    "dass_email": "marianne.oduya@brighton-hove.gov.uk",
    "dass_phone": WH,
    "portfolio_holder_name": "Tristram Kaye",
    "case_management_system": "Mosaic",
    "case_management_supplier": "The Access Group",
    "care_packages_count": 4312,
    "care_packages_as_at": "2024-04-30",
    "la_annual_cost_gbp": 128600000.0,
    "la_cost_basis": "gross",
    "cost_year": "2022/23",
    "jointly_funded_packages_count": 617,
    "icb_annual_cost_gbp": NH,
    "icb_weekly_cost_gbp": None,
    "icbs_covering": [ICB["QNX"]],
    "main_icb": any_of(ICB["QNX"], SO),
    "joint_funding_policy": "yes",
    "policy_copy_provided": any_of(True, WH),
    "joint_funding_tool": "partial",
    "joint_funding_methods": any_of(
        ["joint_funding_panel", "dst", "case_by_case", "dispute_process"],
        ["joint_funding_panel", "dst", "dispute_process"],
    ),
    "exemptions": ["s21", "s40"],
}

# ---------------------------------------------------------------- h13_02 Slough, csc, <table>
H02 = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>FOI response SBC-FOI-9921 - Slough Borough Council</title>
<style>body{font-family:Verdana,sans-serif;font-size:14px}
header{border-bottom:4px solid #6a2c70;padding:8px}nav ul{list-style:none;display:flex;gap:16px;padding:0}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:6px;vertical-align:top}
th{background:#f1e8f3}.metadata th{width:30%}#cookies{background:#fff3cd;padding:10px;border:1px solid #e0c36c}
footer{margin-top:30px;border-top:1px solid #ccc;font-size:12px}</style></head>
<body>
<div id="cookies"><strong>Cookies on slough.gov.uk</strong> &ndash; We&#39;d like to use additional cookies to remember your settings and understand how you use our services. <a href="#">Yes, I&#39;m happy</a> &middot; <a href="#">No thanks</a></div>
<header><a href="/"><img src="/images/sbc-logo.svg" alt="Slough Borough Council"></a>
<nav><ul><li><a href="/residents">Residents</a></li><li><a href="/business">Business</a></li><li><a href="/council">Council</a></li><li><a href="/children-families">Children and families</a></li><li><a href="/report-it">Report it</a></li></ul></nav></header>
<div id="content">
<p class="breadcrumb">You are here: Council &rsaquo; Access to information &rsaquo; FOI disclosure log &rsaquo; 2023</p>
<h1>Joint commissioning of children&#39;s external placements</h1>
<table class="metadata">
<tr><th>Reference</th><td>SBC-FOI-9921</td></tr>
<tr><th>Date received</th><td>14/11/2023</td></tr>
<tr><th>Date responded</th><td>12/12/2023</td></tr>
<tr><th>Category</th><td>Children&#39;s services (Slough Children First)</td></tr>
<tr><th>Outcome</th><td>Information provided</td></tr>
</table>
<h2>Request</h2>
<p>FOI Request &ndash; FAO Children&#39;s Commissioners. The purpose of this request is to understand good practice in joint commissioning and funding of external placements with health and children&#39;s social care.</p>
<h2>Response</h2>
<p>Children&#39;s social care in Slough is delivered by Slough Children First Ltd, a company wholly owned by the council. The response below was provided by its commissioning team.</p>
<table class="qa">
<thead><tr><th>No.</th><th>Question</th><th>Response</th></tr></thead>
<tbody>
<tr><td>1</td><td>Do you have a joint commissioning framework for externally commissioned placements for children?</td><td>No. External placements are purchased through the Berkshire sub-regional framework for residential and fostering placements, which is a framework of the six Berkshire local authorities. It is not a joint framework with health.</td></tr>
<tr><td>1a</td><td>If yes, does this joint commissioning framework include partners from &#39;health&#39; (eg, CCG or new ICBs)?</td><td>N/A</td></tr>
<tr><td>1b</td><td>Please share the terms of reference (ToR) or joint agreement, if health are included</td><td>N/A</td></tr>
<tr><td>2</td><td>Do &#39;health&#39; eg CCG/ICB, joint fund externally commissioned placements (eg, residential, therapeutic foster care, SEND, semi-independent provision)?</td><td>NHS Frimley ICB contributes to the cost of some placements on a case by case basis, where a child has been assessed as having continuing care needs.</td></tr>
<tr><td>2a</td><td>If yes, what are the terms (please share a ToR or agreement)?</td><td>Contributions are agreed for each child at the multi-agency Complex Needs Panel and recorded in an individual funding agreement. There is no overarching ToR.</td></tr>
<tr><td>2b</td><td>If yes, how is that funding split for the following: (e.g. a shared percentage cost)<br>- residential<br>- therapeutic foster care<br>- SEND provision<br>- semi-independent provision</td><td>There is no set percentage for any placement type; the split reflects the assessed health needs of each child.</td></tr>
<tr><td>3</td><td>Do any other partners contribute (over and above children&#39;s social care and health/CCG)?</td><td>Yes &ndash; Education (High Needs Block) contributes towards residential school placements.</td></tr>
<tr><td>3a</td><td>If yes, who and on what terms?</td><td>The council&#39;s SEND service funds the educational element as set out in the child&#39;s EHC plan.</td></tr>
<tr><td>4</td><td>Is the criteria in the &#39;continuing care funding&#39; model used as a methodology for split funding?</td><td>Yes</td></tr>
<tr><td>4b</td><td>If yes, is this the only criteria &#39;health&#39; use to determine funding?</td><td>No. The ICB may also fund specific therapeutic input that is assessed outside the continuing care framework.</td></tr>
<tr><td>5</td><td>What was your Council 2022/23 yearly spend on external placements?</td><td>
<table>
<tr><th>Placement type (2022/23)</th><th>Spend</th></tr>
<tr><td>Residential (incl. residential schools)</td><td>&pound;14,226,410</td></tr>
<tr><td>Independent fostering agencies</td><td>&pound;5,902,118</td></tr>
<tr><td>Supported / semi-independent accommodation</td><td>&pound;2,384,906</td></tr>
<tr><td><strong>Total</strong></td><td><strong>&pound;22,513,434</strong></td></tr>
</table></td></tr>
<tr><td>5a</td><td>What element of that was funded by health?</td><td>&pound;612,300 (approximately 2.7%)</td></tr>
<tr><td>5b</td><td>What element of that was funded by education?</td><td>&pound;1,148,000</td></tr>
<tr><td>5c</td><td>What element of that was funded by &#39;other&#39;?</td><td>&pound;0</td></tr>
<tr><td>6</td><td>Have you involved children or parents in your joint commissioning process?</td><td>Yes &ndash; through the Children in Care Council and the Slough Parent Carer Forum.</td></tr>
<tr><td>7</td><td>Do you refer to any models of practice in your commissioning framework or joint funding framework?</td><td>No</td></tr>
<tr><td>7a</td><td>If yes, please share this?</td><td>N/A</td></tr>
<tr><td>8</td><td>Do you have any other comments?</td><td>No further comments.</td></tr>
</tbody></table>
<p>If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of the response to your original request. If you are still dissatisfied you may contact the Information Commissioner.</p>
</div>
<footer><p>Slough Borough Council, Observatory House, 25 Windsor Road, Slough SL1 2EL</p>
<p><a href="/privacy">Privacy notice</a> | <a href="/accessibility">Accessibility</a> | <a href="/cookies">Cookie policy</a></p></footer>
</body></html>
"""

G02 = {
    "foi_reference": "SBC-FOI-9921",
    "response_date": "2023-12-12",
    "joint_commissioning_framework": "no",
    "framework_includes_health": NA,
    "framework_tor_provided": NA,
    "health_joint_funds_placements": any_of("case_by_case", "yes"),
    "fixed_percentage_split": False,
    "other_partners_contribute": "yes",
    "other_partners": ["Education"],
    "continuing_care_model_used": "yes",
    "continuing_care_only_criteria": "no",
    "other_health_tools": None,
    "external_placements_spend_gbp": 22513434.0,
    "spend_year": "2022/23",
    "health_share_pct": 2.7,
    "health_share_gbp": 612300.0,
    "education_share_pct": None,
    "education_share_gbp": 1148000.0,
    "other_share_pct": None,
    "other_share_gbp": 0.0,
    "children_parents_involved": "yes",
    "models_of_practice": "no",
    "exemptions": [],
}

# ---------------------------------------------------------------- h13_03 Nottingham & Notts ICB, chc, <h3> per question
H03 = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>FOI 24-0873 Continuing Healthcare and joint packages :: NHS Nottingham and Nottinghamshire ICB</title>
<link rel="stylesheet" href="/assets/nhs-frontend.css">
</head>
<body class="nhsuk-template">
<div class="nhsuk-cookie-banner" id="nhsuk-cookie-banner">
  <h2>Cookies on the NHS Nottingham and Nottinghamshire website</h2>
  <p>We've put some small files called cookies on your device to make our site work.</p>
  <p>We'd also like to use analytics cookies. These send information about how our site is used to a service called Google Analytics. We use this information to improve our site.</p>
  <p>Let us know if this is OK. We'll use a cookie to save your choice. You can <a href="/cookies">read more about our cookies</a> before you choose.</p>
  <ul><li><button>I'm OK with analytics cookies</button></li><li><button>Do not use analytics cookies</button></li></ul>
</div>
<header class="nhsuk-header" role="banner">
  <div class="nhsuk-header__logo"><a href="/"><span class="nhsuk-logo">NHS</span> Nottingham and Nottinghamshire</a></div>
  <nav class="nhsuk-header__navigation"><ul>
    <li><a href="/about-us">About us</a></li><li><a href="/your-health">Your health</a></li><li><a href="/publications">Publications</a></li><li><a href="/get-involved">Get involved</a></li><li><a href="/contact-us">Contact us</a></li>
  </ul></nav>
</header>
<main class="nhsuk-main-wrapper" id="maincontent">
<nav class="nhsuk-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/about-us/freedom-of-information">Freedom of Information</a></li><li><a href="/about-us/freedom-of-information/disclosure-log">Disclosure log</a></li></ol></nav>
<h1>FOI 24-0873 &ndash; Continuing Healthcare and joint packages</h1>
<table class="nhsuk-table">
  <caption>Request details</caption>
  <tbody>
  <tr><th scope="row">Reference</th><td>FOI 24-0873</td></tr>
  <tr><th scope="row">Date received</th><td>05/07/2024</td></tr>
  <tr><th scope="row">Date of response</th><td>02/08/2024</td></tr>
  <tr><th scope="row">Category</th><td>Continuing Healthcare (CHC)</td></tr>
  <tr><th scope="row">Outcome</th><td>Information partially provided</td></tr>
  </tbody>
</table>

<p>Thank you for your request for information under the Freedom of Information Act 2000. NHS Nottingham and Nottinghamshire Integrated Care Board (the ICB) holds some of the information you asked for. Our responses are set out below each of your questions.</p>

<h3>Question 1 &ndash; How many people were eligible for NHS Continuing Healthcare (CHC) in your area as at 31 March 2024?</h3>
<p>The table below shows the number of adults eligible for NHS CHC at the end of the last two financial years.</p>
<table class="nhsuk-table">
<thead><tr><th>Snapshot date</th><th>People eligible for CHC</th></tr></thead>
<tbody><tr><td>31/03/2023</td><td>1,402</td></tr><tr><td>31/03/2024</td><td>1,537</td></tr></tbody>
</table>

<h3>Question 2 &ndash; How many of these people were receiving CHC through the Fast Track Pathway?</h3>
<p>Of the 1,537 people eligible at 31 March 2024, 318 were receiving CHC through the Fast Track Pathway.</p>

<h3>Question 3 &ndash; How many joint funded packages were in place?</h3>
<p>The ICB was contributing to 264 joint packages of care (people below the CHC threshold with a health and social care package) at 31 March 2024.</p>

<h3>Question 4 &ndash; Is there a local joint funding or shared care protocol agreed between the ICB and the local authority?</h3>
<p>Yes. The Nottingham and Nottinghamshire Joint Funding Protocol was agreed in 2023 between the ICB, Nottingham City Council and Nottinghamshire County Council.</p>

<h3>Question 4a &ndash; If so, please provide a copy of the protocol.</h3>
<p>A copy of the protocol is attached to this response.</p>

<h3>Question 5 &ndash; Which tool is used to decide CHC eligibility and the contributions to joint packages?</h3>
<p>Eligibility is determined in line with the National Framework using the Checklist and the Decision Support Tool (DST). The Fast Track Pathway Tool is used for people with a rapidly deteriorating condition who may be entering a terminal phase. Contributions to joint packages are calculated using a locally agreed tool which maps the assessed needs against the DST domains; the proposed split is then confirmed at the joint funding panel.</p>

<h3>Question 6 &ndash; Is the funding of joint packages split by a fixed percentage, or agreed case by case?</h3>
<p>There is no fixed percentage. The split is agreed for each package according to the assessed needs of the individual.</p>

<h3>Question 6a &ndash; If a fixed or typical percentage is used, what share of the cost does health pay?</h3>
<p>Not applicable &ndash; please see our response to question 6.</p>

<h3>Question 7 &ndash; Is there an agreed disputes procedure?</h3>
<p>Yes. A local disputes resolution procedure forms part of the Joint Funding Protocol (section 9).</p>

<h3>Question 7a &ndash; How many disputes were raised under the disputes procedure in 2023/24?</h3>
<p>Fewer than five. Where a figure is under five the ICB does not release the exact number, because the disputes concern identifiable individuals and their families. This small number is therefore withheld under section 40(2) of the FOI Act (personal information).</p>

<h3>Question 8 &ndash; What was the ICB's total spend on NHS Continuing Healthcare in 2023/24?</h3>
<table class="nhsuk-table">
<thead><tr><th>Financial year</th><th>CHC expenditure (adults)</th></tr></thead>
<tbody><tr><td>2022/23</td><td>&pound;88.73m</td></tr><tr><td>2023/24</td><td>&pound;96.41m</td></tr></tbody>
</table>
<p>Figures are taken from the ICB's audited accounts and exclude NHS-funded Nursing Care.</p>

<h3>Question 9 &ndash; What was the local authority's annual contribution to joint funded packages in 2023/24?</h3>
<p>The ICB does not hold this information. The local authorities' contributions are recorded by Nottingham City Council and Nottinghamshire County Council, who may be contacted directly.</p>

<h3>Question 10 &ndash; How many Fast Track referrals were received in 2023/24?</h3>
<p>2,046</p>

<h3>Question 11 &ndash; Which ICB or ICBs are responsible for CHC for the residents of your area?</h3>
<p>NHS Nottingham and Nottinghamshire ICB.</p>

<h2>Re-use of information</h2>
<p>The information supplied is subject to Crown copyright and may be re-used under the Open Government Licence v3.0.</p>
<h2>Right to request a review</h2>
<p>If you are not satisfied with this response you may ask for an internal review within two months (40 working days) of the date of this response. If you remain dissatisfied following the internal review you have the right to complain to the Information Commissioner's Office (ICO) at www.ico.org.uk.</p>
</main>
<footer class="nhsuk-footer">
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy-notice">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/sitemap">Site map</a></li></ul>
<p>&copy; NHS Nottingham and Nottinghamshire Integrated Care Board 2024. Sir John Robinson House, Sir John Robinson Way, Arnold, Nottingham NG5 6DA</p>
</footer>
</body>
</html>
"""

G03 = {
    "foi_reference": "FOI 24-0873",
    "response_date": "2024-08-02",
    "chc_eligible_count": 1537,
    "chc_as_at": "2024-03-31",
    "chc_fast_track_count": 318,
    "joint_packages_count": 264,
    "joint_funding_protocol": "yes",
    "protocol_copy_provided": True,
    "chc_tools": ["checklist", "dst", "fast_track_tool", "local_tool", "joint_panel"],
    "chc_split_fixed": False,
    "chc_health_share_pct": any_of(NA, SO),
    "chc_disputes_procedure": "yes",
    "chc_disputes_count": WH,
    "icb_chc_spend_gbp": 96410000.0,
    "chc_spend_year": "2023/24",
    "la_joint_packages_spend_gbp": NH,
    "chc_fast_track_referrals_count": 2046,
    "chc_icbs": [ICB["QT1"]],
    "exemptions": ["s40"],
}

# ---------------------------------------------------------------- h13_04 Stoke-on-Trent, s117, <ol> lists that restart
H04 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>Section 117 aftercare - joint funding arrangements - Stoke-on-Trent City Council</title>
</head>
<body>
<div class="cookie-notice" role="region" aria-label="cookie notice">
<p>This site uses cookies to store information on your computer. Some are essential to make our site work; others help us improve the user experience. By using the site, you consent to the placement of these cookies. Read our <a href="/privacy">privacy statement</a> to learn more.</p>
<a href="#" class="btn">Accept and close</a>
</div>
<div class="site-header">
<a class="logo" href="/">Stoke-on-Trent City Council</a>
<form action="/search"><label for="q">Search this site</label><input id="q" name="q"></form>
<ul class="mainnav"><li><a href="/bins">Bins and recycling</a></li><li><a href="/counciltax">Council tax</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/socialcare">Social care and health</a></li></ul>
</div>
<div class="page">
<p class="breadcrumbs"><a href="/">Home</a> / <a href="/council">The council</a> / <a href="/foi">Freedom of information</a> / <a href="/foi/responses">Published responses</a></p>
<h1>Section 117 aftercare - joint funding arrangements</h1>
<div class="foi-details">
<p><span class="label">Our reference:</span> SOT/FOI/2024/1650<br>
<span class="label">Received:</span> 18 September 2024<br>
<span class="label">Response sent:</span> 15 October 2024<br>
<span class="label">Service area:</span> Adult Social Care<br>
<span class="label">Outcome:</span> Part provided</p>
</div>

<h2>What was asked</h2>
<p>Section 117 of the Mental Health Act 1983: people and costs</p>
<ol>
<li>How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?</li>
<li>How many of these people have their section 117 aftercare jointly funded with the ICB?</li>
<li>What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?</li>
<li>What was the ICB's spend on section 117 aftercare for people in your area in the same year?</li>
<li>How many people were discharged from section 117 aftercare in 2023/24?</li>
</ol>
<p>Policy and joint working</p>
<ol>
<li>Does the local authority have an agreed section 117 joint policy or protocol with the ICB? If so, please provide a copy.</li>
<li>How is the cost of section 117 aftercare split between the local authority and the ICB, for example a fixed percentage such as 50/50, case by case, or agreed at a panel? Where a percentage split is used, what percentage of the cost does the ICB pay?</li>
<li>Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?</li>
<li>Do you keep a joint register with the ICB of people entitled to section 117 aftercare?</li>
<li>Is there an agreed process for resolving disputes with the ICB about section 117 funding?</li>
</ol>
<p>Contacts</p>
<ol>
<li>Which ICB is the lead ICB for section 117 aftercare in your area?</li>
<li>Please provide the name and contact details of the officer responsible for section 117 aftercare.</li>
</ol>

<h2>Our response</h2>
<p>Section 117 of the Mental Health Act 1983: people and costs</p>
<ol>
<li>812 people as at 31 March 2024.</li>
<li>389 of the 812 receive aftercare that is jointly funded with the ICB.</li>
<li>&pound;14.92m in 2023/24 (gross expenditure on s117 aftercare packages, before any health contribution).</li>
<li>The council does not hold the ICB's total spend on section 117. The ICB's contribution to jointly funded packages, invoiced by the council, was &pound;6,287,540 in 2023/24.</li>
<li>41</li>
</ol>
<p>Policy and joint working</p>
<ol>
<li>Yes. The Staffordshire and Stoke-on-Trent Section 117 Aftercare Policy is agreed between the council, Staffordshire County Council and the ICB. It is published on the ICB's website at www.staffsstoke.icb.nhs.uk/policies/section-117 and is therefore exempt under section 21 (information accessible by other means).</li>
<li>Jointly funded packages are split 50/50 between the council and the ICB, unless the s117 panel agrees a different arrangement for an individual. Where the 50/50 split applies, the ICB pays 50%.</li>
<li>A review of the policy against the new guidance is under way and is due to conclude in spring 2025.</li>
<li>Yes &ndash; a shared register is maintained by the council and the ICB, with Midlands Partnership University NHS Foundation Trust updating it on the ICB's behalf.</li>
<li>Yes &ndash; disputes are escalated under section 12 of the policy.</li>
</ol>
<p>Contacts</p>
<ol>
<li>NHS Staffordshire and Stoke-on-Trent ICB.</li>
<li>Joanne Pilling, Head of Service &ndash; Mental Health. Please contact her team at mentalhealth.socialcare@stoke.gov.uk.</li>
</ol>

<h2>Complaints and internal review</h2>
<p>If you are unhappy with this response, you can request an internal review by emailing foi@stoke.gov.uk within 40 working days. If you are still not satisfied you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.</p>
<p>Unless otherwise stated, the council is the copyright holder of this information. You may re-use it under the Open Government Licence.</p>
</div>
<div class="site-footer">
<p>Stoke-on-Trent City Council, Civic Centre, Glebe Street, Stoke-on-Trent ST4 1HH</p>
<p><a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a> &middot; <a href="/contact">Contact us</a></p>
</div>
</body>
</html>
"""

G04 = {
    "foi_reference": "SOT/FOI/2024/1650",
    "response_date": "2024-10-15",
    "s117_people_count": 812,
    "s117_as_at": "2024-03-31",
    "s117_jointly_funded_count": 389,
    "s117_joint_policy": "yes",
    "s117_policy_copy_provided": any_of(True, WH),
    "s117_split_basis": "fixed_percentage",
    "s117_split_methods": any_of(["fixed_split"], ["fixed_split", "joint_panel"]),
    "s117_icb_share_pct": 50,
    "la_s117_spend_gbp": 14920000.0,
    "s117_spend_year": "2023/24",
    "icb_s117_spend_gbp": any_of(6287540.0, NH),
    "s117_policy_reviewed": "partial",
    "s117_lead_icb": ICB["QNC"],
    "s117_joint_register": "yes",
    "s117_discharged_count": 41,
    "s117_disputes_process": "yes",
    "s117_contact_name": "Joanne Pilling",
    "s117_contact_email": "mentalhealth.socialcare@stoke.gov.uk",
    "s117_contact_phone": None,
    "exemptions": ["s21"],
}

# ---------------------------------------------------------------- h13_05 Tower Hamlets, asc, <p><strong>Q1</strong>
H05 = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Joint funding of adult care packages | London Borough of Tower Hamlets</title></head>
<body>
<div id="ccc" class="cookie-control">
<h2>This site uses cookies to store information on your computer.</h2>
<p>Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used. For more detailed information on the cookies we use, please check our Privacy Policy.</p>
<p><button>Accept Recommended Settings</button> <button>Necessary cookies only</button></p>
</div>
<header>
<p><a href="/"><img src="/img/lbth_logo.png" alt="Tower Hamlets"></a></p>
<ul class="quick-links"><li><a href="/lgnl/council_tax">Council tax</a></li><li><a href="/lgnl/housing">Housing</a></li><li><a href="/lgnl/health__social_care">Health and social care</a></li><li><a href="/lgnl/community_and_living">Community and living</a></li><li><a href="/lgnl/council_and_democracy">Council and democracy</a></li></ul>
</header>
<article>
<h1>Joint funding of adult care packages</h1>
<div class="foi-summary">
<table>
<tr><td>Reference</td><td>FOI 24-0398</td></tr>
<tr><td>Date received</td><td>12 February 2024</td></tr>
<tr><td>Date responded</td><td>11 March 2024</td></tr>
<tr><td>Directorate</td><td>Health, Adults and Community</td></tr>
<tr><td>Outcome</td><td>Partially disclosed &ndash; section 43 applied</td></tr>
</table>
</div>
<p>Dear Requester,</p>
<p>Thank you for your request. Please see the Council's response below.</p>
<p><strong>Q1</strong> Please provide the contact details for the DASS in your local authority.</p>
<p>Gail Menzies-Akande, Corporate Director, Health, Adults and Community. Email: gail.menzies-akande@towerhamlets.gov.uk</p>
<p><strong>Q2</strong> Please provide the contact details for the portfolio holder for Adult Social Care (if applicable).</p>
<p>Cllr Sahana Begum-Rahman, Cabinet Member for Health, Wellbeing and Social Care.</p>
<p><strong>Q3</strong> Who provides your main operational system for Case Management?</p>
<p>Liquidlogic (LAS) &ndash; System C.</p>
<p><strong>Q4</strong> How many current care packages per week does the local authority contribute some or all of the cost towards?</p>
<p>3,870 (clients in receipt of long-term support as at 31/01/2024).</p>
<p><strong>Q5</strong> What is your Annual cost of this care provided by the Local Authority (for the last full year 2022/23)?</p>
<p>&pound;101,448,212 net expenditure for 2022/23, i.e. after client contributions.</p>
<p><strong>Q6</strong> How many of these current care packages are jointly funded with an ICB (both those under s.117 of the Mental Health Act and those funding under the Care Act because they do not meet CHC eligibility)?</p>
<p>524 in total:</p>
<ul><li>Section 117 aftercare: 361</li><li>Joint Care Act / health funded packages: 163</li></ul>
<p><strong>Q7</strong> What is the Annual cost of care provided by ICBs for these cases?</p>
<p>The aggregate ICB contribution to these packages is currently &pound;187,640 per week (c. &pound;9.76m per annum). The contribution for individual packages is withheld under section 43(2) (commercial interests), as it would reveal rates agreed with individual care providers.</p>
<p><strong>Q8</strong> Which ICBs cover the Local Authority Area?</p>
<p>NHS North East London ICB.</p>
<p><strong>Q9</strong> Does the Local Authority have one ICB it mainly jointly funds with and if so which is it?</p>
<p>See response to Q8.</p>
<p><strong>Q10</strong> Does the Local Authority have a Joint Funding Policy with one or more of the ICBs?</p>
<p>Not at present. A draft joint funding policy is being developed with NHS North East London and is expected to be agreed later in 2024.</p>
<p><strong>Q11</strong> Please provide a copy of it.</p>
<p>Not applicable.</p>
<p><strong>Q12</strong> Does the Local Authority have a Joint Funding Tool or documented methodology for calculating funding splits?</p>
<p>Yes. Eligibility for health funding is considered using the DST, and the split of each package is then calculated using a time to task approach, recorded on a standard form agreed with the ICB.</p>
<p>If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of the response to your original letter and should be addressed to: Information Governance, Town Hall, 160 Whitechapel Road, London E1 1BJ.</p>
<p>If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.</p>
<p>Yours sincerely,<br>FOI Team<br>London Borough of Tower Hamlets</p>
</article>
<footer><p><a href="/lgnl/council_and_democracy/data_protection">Data protection</a> | <a href="/accessibility">Accessibility</a> | <a href="/cookies">Cookies</a></p><p>&copy; London Borough of Tower Hamlets</p></footer>
</body></html>
"""

G05 = {
    "foi_reference": "FOI 24-0398",
    "response_date": "2024-03-11",
    "dass_name": "Gail Menzies-Akande",
    "dass_email": "gail.menzies-akande@towerhamlets.gov.uk",
    "dass_phone": None,
    "portfolio_holder_name": "Sahana Begum-Rahman",
    "case_management_system": "Liquidlogic Adults' Social Care System",
    "case_management_supplier": "System C",
    "care_packages_count": 3870,
    "care_packages_as_at": "2024-01-31",
    "la_annual_cost_gbp": 101448212.0,
    "la_cost_basis": "net",
    "cost_year": "2022/23",
    "jointly_funded_packages_count": 524,
    "icb_annual_cost_gbp": any_of(9760000.0, 9757280.0),
    "icb_weekly_cost_gbp": 187640.0,
    "icbs_covering": [ICB["QMF"]],
    "main_icb": any_of(ICB["QMF"], SO),
    "joint_funding_policy": any_of("partial", "no"),
    "policy_copy_provided": NA,
    "joint_funding_tool": "yes",
    "joint_funding_methods": ["dst", "time_to_task"],
    "exemptions": ["s43"],
}

DOCS = [
    ("h13_01", "html", "asc_joint_funding", "Brighton and Hove City Council", "E06000043", H01, G01),
    ("h13_02", "html", "csc_joint_commissioning", "Slough Borough Council", "E06000039", H02, G02),
    ("h13_03", "html", "chc_funding_split", ICB["QT1"], "QT1", H03, G03),
    ("h13_04", "html", "s117_aftercare", "Stoke-on-Trent City Council", "E06000021", H04, G04),
    ("h13_05", "html", "asc_joint_funding", "London Borough of Tower Hamlets", "E09000030", H05, G05),
]
