"""Three plain-text responses (.txt): a portal copy with odd spacing and '1)' / '(i)' numbering,
a letter saved as text with 'Q.1' numbering, and a 'Question One' response."""
from common import ICB, NA, NH, WH, SO, any_of

# ---------------------------------------------------------------- h13_14 Peterborough, chc, portal copy
T14 = """Peterborough City Council  -  Information Request Portal
My requests  >  Request details

Request  ID :    FOI-24-1187
Status :   Closed  -  Response issued
Subject :  NHS Continuing Healthcare  -  joint funding
Date  logged :   01/08/2024
Response  due :  29/08/2024
Date  closed :   29/08/2024
Assigned to :  Adults and Health - Business Support


Response
--------

Dear  Requester ,

Thank you for your request for information received on 1 August 2024 .   Peterborough City Council's response is set out below .   Please note that NHS Continuing Healthcare (CHC) is assessed, recorded and funded by the NHS , and several of your questions are therefore for NHS Cambridgeshire and Peterborough Integrated Care Board rather than the council .


1)  How many people were eligible for NHS CHC in your area as at 31 March 2024 ?

      Not held .  CHC eligibility is decided and recorded by NHS Cambridgeshire and Peterborough ICB .

2)  How many of these people were receiving CHC through the Fast Track Pathway ?

      Not held  -  see 1) above .

3)  How many joint funded packages ( shared care between health and social care for people below the CHC threshold ) were in place ?

      143   (as at 31/03/2024)

4)  Is there a local joint funding or shared care protocol agreed between the ICB and the local authority ?   If so , please provide a copy .

      Yes .
      (i)   A joint funding protocol has been agreed between the council , Cambridgeshire County Council and the ICB .
      (ii)  The protocol is published on the ICB website  ( www.cpics.org.uk/joint-funding-protocol )  and is exempt from disclosure under Section 21 of the FOIA as it is reasonably accessible to you .

5)  Which tool is used to decide CHC eligibility and the contributions to joint packages ?

      (i)   Eligibility  :  the NHS CHC Checklist and the Decision Support Tool ( DST ) , completed by the ICB .
      (ii)  Joint packages  :  a locally agreed tool ( the "health needs matrix" ) is used to calculate the health contribution .

6)  Is the funding of joint packages split by a fixed percentage , or agreed case by case ?

      Neither  -  there is no fixed percentage ;  the contribution is calculated for each package using the tool at 5)(ii) .

   6a)  If a fixed or typical percentage is used , what share of the cost does health pay ?

      N/A

7)  Is there an agreed disputes procedure between the ICB and the local authority for CHC and joint funding decisions ?

      Yes  -  the disputes procedure is part of the protocol at 4) .

   7a)  How many disputes were raised under the disputes procedure in 2023/24 ?

      2

8)  What was the ICB's total spend on NHS Continuing Healthcare in 2023/24 ?

      The council does not hold this information .  Please contact the ICB .

9)  What was the local authority's annual contribution to joint funded packages in 2023/24 ?

      £4,266,912.40

10)  How many Fast Track referrals were received in 2023/24 ?

      Not held by the council .

11)  Which ICB or ICBs are responsible for CHC for the residents of your area ?

      NHS Cambridgeshire and Peterborough Integrated Care Board


If you are dissatisfied with the handling of your request ,  you have the right to ask for an internal review .   Internal review requests should be submitted within 40 working days of the date of this response .   If you are not content with the outcome of the internal review ,  you have the right to apply directly to the Information Commissioner for a decision .   The Information Commissioner can be contacted at :  Information Commissioner's Office ,  Wycliffe House ,  Water Lane ,  Wilmslow ,  Cheshire  SK9 5AF .

Re-use of information  :  You may re-use this information under the terms of the Open Government Licence v3.0 .


Attachments  ( 0 )

[ Print this page ]   [ Back to my requests ]
(c) Peterborough City Council  |  Town Hall, Bridge Street, Peterborough PE1 1HG  |  Privacy  |  Accessibility
"""

G14 = {
    "foi_reference": "FOI-24-1187",
    "response_date": "2024-08-29",
    "chc_eligible_count": NH,
    "chc_as_at": None,
    "chc_fast_track_count": any_of(NH, SO),
    "joint_packages_count": 143,
    "joint_funding_protocol": "yes",
    "protocol_copy_provided": any_of(True, WH),
    "chc_tools": ["checklist", "dst", "local_tool"],
    "chc_split_fixed": False,
    "chc_health_share_pct": NA,
    "chc_disputes_procedure": "yes",
    "chc_disputes_count": 2,
    "icb_chc_spend_gbp": NH,
    "chc_spend_year": None,
    "la_joint_packages_spend_gbp": 4266912.40,
    "chc_fast_track_referrals_count": NH,
    "chc_icbs": [ICB["QUE"]],
    "exemptions": ["s21"],
}

# ---------------------------------------------------------------- h13_15 Blackburn with Darwen, s117, 'Q.1' letter saved as text
T15 = """BLACKBURN WITH DARWEN BOROUGH COUNCIL
Information Governance | Town Hall | King William Street | Blackburn | BB1 7DY


Date:           2 July 2024
Our Ref:        BwD FOI 6614
Enquiries to:   Information Governance Team


Dear Mr Castellano

REQUEST FOR INFORMATION - SECTION 117 MENTAL HEALTH ACT AFTERCARE

I refer to your request for information received on 4 June 2024. The council's response to each of your questions is set out below.

Q.1  How many people were receiving section 117 aftercare funded wholly or partly by the local authority as at 31 March 2024?
1,042 (snapshot taken 31.03.24)

Q.2  How many of these people have their section 117 aftercare jointly funded with the ICB?
618

Q.3  Does the local authority have an agreed section 117 joint policy or protocol with the ICB? If so, please provide a copy.
Yes - the Lancashire and South Cumbria Section 117 Aftercare Policy. A copy is enclosed as Appendix 1.

Q.4  How is the cost of section 117 aftercare split between the local authority and the ICB? Where a percentage split is used, what percentage does the ICB pay?
(a) Residential and nursing placements: a fixed split applies - 60% ICB : 40% Council.
(b) Community packages (supported living, home care, day services): agreed individually at the joint s117 panel.

Q.5  What was the local authority's total spend on section 117 aftercare in the last full financial year (2023/24)?
2023/24 - £11,073,590 (gross)

Q.6  What was the ICB's spend on section 117 aftercare for people in your area in the same year?
£5,402,115. This is the amount recharged to the ICB by the council for jointly funded packages.

Q.7  Has your section 117 policy been reviewed or updated since the 2024/25 section 117 aftercare guidance was published?
Yes.

Q.8  Which ICB is the lead ICB for section 117 aftercare in your area?
NHS Lancashire and South Cumbria ICB

Q.9  Do you keep a joint register with the ICB of people entitled to section 117 aftercare?
Partially. The council's register is shared monthly with Lancashire and South Cumbria NHS Foundation Trust, which provides mental health services on behalf of the ICB; the ICB does not hold a copy.

Q.10  How many people were discharged from section 117 aftercare in 2023/24?
The council does not record s117 discharges in a reportable field. To answer this question we would need to read the case records of over 1,000 people, which at an estimated 5 minutes per record would take more than 80 hours. This exceeds the appropriate limit of 18 hours (£450) and the council is therefore not obliged to answer this part of your request under section 12 of the Freedom of Information Act 2000.

Q.11  Is there an agreed process for resolving disputes with the ICB about section 117 funding?
Yes - see Appendix 1, section 10.

Q.12  Please provide the name and contact details of the officer responsible for section 117 aftercare.
Dawn Pickup, Service Manager - Mental Health. dawn.pickup@blackburn.gov.uk


If you are unhappy with the way we have dealt with your request you may ask for an internal review. You should do this within 40 working days of receiving this letter. If you are still unhappy after the review you can complain to the Information Commissioner at www.ico.org.uk.

Yours sincerely


Information Governance Officer
Blackburn with Darwen Borough Council

Enc. Appendix 1 - L&SC Section 117 Aftercare Policy (v2.1)
"""

G15 = {
    "foi_reference": "BwD FOI 6614",
    "response_date": "2024-07-02",
    "s117_people_count": 1042,
    "s117_as_at": "2024-03-31",
    "s117_jointly_funded_count": 618,
    "s117_joint_policy": "yes",
    "s117_policy_copy_provided": True,
    "s117_split_basis": any_of("fixed_percentage", "case_by_case"),
    "s117_split_methods": any_of(["fixed_split", "case_by_case", "joint_panel"], ["fixed_split", "joint_panel"]),
    "s117_icb_share_pct": 60,
    "la_s117_spend_gbp": 11073590.0,
    "s117_spend_year": "2023/24",
    "icb_s117_spend_gbp": 5402115.0,
    "s117_policy_reviewed": "yes",
    "s117_lead_icb": ICB["QE1"],
    "s117_joint_register": any_of("partial", "no"),
    "s117_discharged_count": WH,
    "s117_disputes_process": "yes",
    "s117_contact_name": "Dawn Pickup",
    "s117_contact_email": "dawn.pickup@blackburn.gov.uk",
    "s117_contact_phone": None,
    "exemptions": ["s12"],
}

# ---------------------------------------------------------------- h13_16 Windsor and Maidenhead, csc, 'Question One'
T16 = """Royal Borough of Windsor and Maidenhead
Freedom of Information Act 2000 - Response

Reference number:  RBWM/FOI/2023/0784
Date of request:   3 October 2023
Date of response:  31 October 2023

Children's services in the Royal Borough are delivered on the council's behalf by Achieving for Children. The answers below have been provided by their commissioning team.


Question One
Do you have a joint commissioning framework for externally commissioned placements for children?

Answer: No. The council does not have a joint commissioning framework with health for external placements.

Question One (a)
If yes, does this joint commissioning framework include partners from 'health'?

Answer: Not applicable.

Question One (b)
Please share the terms of reference (ToR) or joint agreement, if health are included.

Answer: Not applicable.

Question Two
Do 'health' eg CCG/ICB, joint fund externally commissioned placements (eg, residential, therapeutic foster care, SEND, semi-independent provision)?

Answer: NHS Frimley ICB contributes on a case by case basis where a child's continuing care needs have been identified.

Question Two (a)
If yes, what are the terms?

Answer: Terms are agreed for each child. There is no standing agreement.

Question Two (b)
If yes, how is that funding split (e.g. a shared percentage cost)?

Answer: See the answer to Question Two.

Question Three
Do any other partners contribute (over and above children's social care and health/CCG)?

Answer: No.

Question Three (a)
If yes, who and on what terms?

Answer: N/A

Question Four
Is the criteria in the 'continuing care funding' model used as a methodology for split funding?

Answer: The council does not hold this information. Decisions on health funding, including the criteria used, are made by the ICB.

Question Four (b)
If yes, is this the only criteria 'health' use to determine funding?

Answer: As above.

Question Five
What was your Council 2022/23 yearly spend on external placements?

Answer: £9.2m

Question Five (a) - funded by health?    Answer: £0.31m
Question Five (b) - funded by education? Answer: £0.86m
Question Five (c) - funded by other?     Answer: £0

Question Six
Have you involved children or parents in your joint commissioning process?

Answer: Yes.

Question Seven
Do you refer to any models of practice in your commissioning framework or joint funding framework?

Answer: No.

Question Eight
Do you have any other comments?

Answer: None.


Review and complaints
If you are not satisfied with the way your request has been handled you may ask for an internal review. Please contact the Information Governance team within 40 working days. If you remain unhappy after the review you may contact the Information Commissioner's Office.

Information Governance Team
Royal Borough of Windsor and Maidenhead
Town Hall, St Ives Road, Maidenhead SL6 1RF
"""

G16 = {
    "foi_reference": "RBWM/FOI/2023/0784",
    "response_date": "2023-10-31",
    "joint_commissioning_framework": "no",
    "framework_includes_health": NA,
    "framework_tor_provided": NA,
    "health_joint_funds_placements": any_of("case_by_case", "yes"),
    "fixed_percentage_split": any_of(False, SO),
    "other_partners_contribute": "no",
    "other_partners": [],
    "continuing_care_model_used": NH,
    "continuing_care_only_criteria": any_of(NH, SO, NA),
    "other_health_tools": None,
    "external_placements_spend_gbp": 9200000.0,
    "spend_year": "2022/23",
    "health_share_pct": None,
    "health_share_gbp": 310000.0,
    "education_share_pct": None,
    "education_share_gbp": 860000.0,
    "other_share_pct": None,
    "other_share_gbp": 0.0,
    "children_parents_involved": "yes",
    "models_of_practice": "no",
    "exemptions": [],
}

DOCS = [
    ("h13_14", "txt", "chc_funding_split", "Peterborough City Council", "E06000031", T14, G14),
    ("h13_15", "txt", "s117_aftercare", "Blackburn with Darwen Borough Council", "E06000008", T15, G15),
    ("h13_16", "txt", "csc_joint_commissioning", "Royal Borough of Windsor and Maidenhead", "E06000040", T16, G16),
]
