//! The example article behind "Try an example".
//!
//! Invented for whosaid: the town, the people, the bridge and the events are
//! fictional. It exercises what the analysis shows: a dateline, direct quotes,
//! a quote split around its attribution, mixed and reported speech, a speaker
//! named once and then by surname or pronoun, an organisation and a group as
//! speakers, absolute dates and dates relative to the publication date.

/// The example article.
pub const ARTICLE: &str = "\
Port Alder votes to close Kestrel Bridge to cars

Published March 6, 2025

The Port Alder town council voted on Wednesday to close the Kestrel Bridge to cars from next month, \
ending weeks of argument over the 90-year-old crossing.

“The bridge is tired, and so are the people who live beside it,” Mayor Helena Voss said after the vote. \
“We will not wait for a crack to become a collapse.”

Voss said the closure would begin on April 1 and last at least two years while engineers replace the deck.

Tomas Reyes, chair of the Port Alder Cyclists’ Association, welcomed the decision but called the planned \
detour “a kilometre of potholes.” He said his members would ride across the bridge on Saturday to mark its \
last weekend open to traffic.

Marta Ilves, who runs a bakery beside the bridge, told reporters that her sales had fallen since the council \
first discussed the plan on Feb. 18. “Nobody walks two kilometres for a loaf of bread,” she said.

The regional transport agency, Alderline, said in a statement on Thursday that extra buses would cross the \
river every 15 minutes during the works.

According to council officials, the repairs will cost 14 million euros, a third more than was estimated \
last year.
";

#[cfg(test)]
mod tests {
    use whosaid::{Date, DateSource, Options};

    #[test]
    fn the_example_has_a_dateline() {
        let a = whosaid::analyze(super::ARTICLE, &Options::default());
        assert_eq!(a.reference_source, DateSource::Dateline);
        assert_eq!(a.reference_date, Date::new(2025, 3, 6));
    }
}
