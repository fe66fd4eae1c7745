//! The 32 Scottish council areas (sds-facts.md §10). Stored in a plan by a
//! stable id, so a renamed council does not break saved plans.

pub mod config;
pub mod embedding;

/// One council area: a stable id and the name families know it by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CouncilArea {
    pub id: &'static str,
    pub name: &'static str,
}

pub const COUNCIL_AREAS: [CouncilArea; 32] = [
    CouncilArea {
        id: "aberdeen-city",
        name: "Aberdeen City",
    },
    CouncilArea {
        id: "aberdeenshire",
        name: "Aberdeenshire",
    },
    CouncilArea {
        id: "angus",
        name: "Angus",
    },
    CouncilArea {
        id: "argyll-and-bute",
        name: "Argyll and Bute",
    },
    CouncilArea {
        id: "city-of-edinburgh",
        name: "City of Edinburgh",
    },
    CouncilArea {
        id: "clackmannanshire",
        name: "Clackmannanshire",
    },
    CouncilArea {
        id: "dumfries-and-galloway",
        name: "Dumfries and Galloway",
    },
    CouncilArea {
        id: "dundee-city",
        name: "Dundee City",
    },
    CouncilArea {
        id: "east-ayrshire",
        name: "East Ayrshire",
    },
    CouncilArea {
        id: "east-dunbartonshire",
        name: "East Dunbartonshire",
    },
    CouncilArea {
        id: "east-lothian",
        name: "East Lothian",
    },
    CouncilArea {
        id: "east-renfrewshire",
        name: "East Renfrewshire",
    },
    CouncilArea {
        id: "falkirk",
        name: "Falkirk",
    },
    CouncilArea {
        id: "fife",
        name: "Fife",
    },
    CouncilArea {
        id: "glasgow-city",
        name: "Glasgow City",
    },
    CouncilArea {
        id: "highland",
        name: "Highland",
    },
    CouncilArea {
        id: "inverclyde",
        name: "Inverclyde",
    },
    CouncilArea {
        id: "midlothian",
        name: "Midlothian",
    },
    CouncilArea {
        id: "moray",
        name: "Moray",
    },
    CouncilArea {
        id: "na-h-eileanan-siar",
        name: "Na h-Eileanan Siar (Western Isles)",
    },
    CouncilArea {
        id: "north-ayrshire",
        name: "North Ayrshire",
    },
    CouncilArea {
        id: "north-lanarkshire",
        name: "North Lanarkshire",
    },
    CouncilArea {
        id: "orkney-islands",
        name: "Orkney Islands",
    },
    CouncilArea {
        id: "perth-and-kinross",
        name: "Perth and Kinross",
    },
    CouncilArea {
        id: "renfrewshire",
        name: "Renfrewshire",
    },
    CouncilArea {
        id: "scottish-borders",
        name: "Scottish Borders",
    },
    CouncilArea {
        id: "shetland-islands",
        name: "Shetland Islands",
    },
    CouncilArea {
        id: "south-ayrshire",
        name: "South Ayrshire",
    },
    CouncilArea {
        id: "south-lanarkshire",
        name: "South Lanarkshire",
    },
    CouncilArea {
        id: "stirling",
        name: "Stirling",
    },
    CouncilArea {
        id: "west-dunbartonshire",
        name: "West Dunbartonshire",
    },
    CouncilArea {
        id: "west-lothian",
        name: "West Lothian",
    },
];

/// Finds a council by its stored id; `None` for anything a file or an old
/// plan might hold that is not one of the 32.
pub fn council_by_id(id: &str) -> Option<CouncilArea> {
    COUNCIL_AREAS.iter().copied().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocabulary::Filler;

    #[test]
    fn there_are_32_councils_with_unique_ids() {
        let mut ids: Vec<&str> = COUNCIL_AREAS.iter().map(|c| c.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 32);
    }

    #[test]
    fn a_council_is_found_by_id_and_an_unknown_id_is_not() {
        assert_eq!(council_by_id("highland").map(|c| c.name), Some("Highland"));
        assert_eq!(council_by_id("atlantis"), None);
    }

    #[test]
    fn filler_ids_round_trip() {
        for f in Filler::ALL {
            assert_eq!(Filler::from_id(f.id()), Some(f));
        }
        assert_eq!(Filler::from_id("nobody"), None);
    }
}
