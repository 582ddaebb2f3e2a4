//! Ladders and steps: each merged field by field ([`newer`]), their order by [`merge_order`],
//! and whether each is live or in Recently deleted by comparing the latest deletion with the
//! latest restore. What a tombstone names is left out.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::lww::{merge_order, newer};
use crate::model::{
    Deleted, DeletedItem, EstimateRecord, ExposureDraft, Gone, Ladder, LadderChanged, LadderId, Library, Step,
    StepChanged, StepId, Timestamp,
};

/// Where a merged step ended up, and so where its exposures go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Place {
    Live,
    /// In a deleted ladder's record, at this index of the deleted list.
    InDeletedLadder(usize),
    /// In its own deleted step's record, at this index of the deleted list.
    InDeletedStep(usize),
}

/// The merged ladders.
pub(super) struct Ladders {
    pub live: Vec<Ladder>,
    pub order: crate::model::Order,
    /// Recently deleted, without exposures yet.
    pub deleted: Vec<Deleted>,
    /// Every step kept, with its ladder and where it is.
    pub steps: HashMap<StepId, (LadderId, Place)>,
    /// Every ladder kept (live or deleted).
    pub kept: HashSet<LadderId>,
}

/// When a step was deleted on its own, and where it stood.
type Deletion = (Timestamp, usize);

/// One library's ladders and steps, wherever they are.
struct Side<'a> {
    ladders: HashMap<LadderId, (&'a Ladder, Option<Timestamp>)>,
    steps: HashMap<StepId, (LadderId, &'a Step, Option<Deletion>)>,
    live_order: Vec<LadderId>,
    order: crate::model::Order,
}

impl<'a> Side<'a> {
    fn of(library: &'a Library) -> Self {
        let mut ladders = HashMap::new();
        let mut steps = HashMap::new();
        let mut add_ladder = |ladder: &'a Ladder, deleted: Option<Timestamp>| {
            ladders.insert(ladder.id, (ladder, deleted));
            for step in &ladder.steps {
                steps.insert(step.id, (ladder.id, step, None));
            }
        };
        for ladder in &library.ladders {
            add_ladder(ladder, None);
        }
        for deleted in &library.deleted {
            if let DeletedItem::Ladder(ladder) = &deleted.item {
                add_ladder(ladder, Some(deleted.at));
            }
        }
        for deleted in &library.deleted {
            if let DeletedItem::Step { ladder, position, step } = &deleted.item {
                steps.insert(step.id, (*ladder, step, Some((deleted.at, *position))));
            }
        }
        Self { ladders, steps, live_order: library.ladders.iter().map(|l| l.id).collect(), order: library.ladder_order }
    }

    fn step_order(&self, ladder: LadderId) -> (Vec<StepId>, crate::model::Order) {
        self.ladders
            .get(&ladder)
            .map_or_else(Default::default, |(l, _)| (l.steps.iter().map(|s| s.id).collect(), l.changed.steps))
    }
}

/// Merges the ladders and steps of `a` and `b`. `tombs` holds both sides' tombstones with the
/// time of the deletion they record; `draft` is the local exposure under way, whose ladder and
/// step stay live while it lasts (a deletion from the other computer waits until it is finished).
///
/// A ladder or step lives from its latest restore or the latest exposure recorded on it,
/// whichever is later: a deletion (into Recently deleted, or for good) made before that does not
/// remove it. So practising a step on one computer after the other deleted it, or restoring it
/// there, brings it back on both, with everything recorded on it.
pub(super) fn merge_ladders(
    a: &Library,
    b: &Library,
    tombs: &HashMap<Gone, Timestamp>,
    draft: Option<&ExposureDraft>,
) -> Ladders {
    let (sa, sb) = (Side::of(a), Side::of(b));
    let ladder_ids: BTreeSet<LadderId> = sa.ladders.keys().chain(sb.ladders.keys()).copied().collect();
    // The latest exposure recorded on each step and ladder (not those deleted for good): it
    // shows the step was live then. One kept in Recently deleted counts as no later than a second
    // before its deletion, whatever its clock said, so it never undoes the deletion it came with.
    let mut latest_step: HashMap<StepId, Timestamp> = HashMap::new();
    let mut latest_ladder: HashMap<LadderId, Timestamp> = HashMap::new();
    let before = |at: Timestamp| Timestamp::from_unix_secs(at.unix_secs() - 1);
    let evidence = [a, b].into_iter().flat_map(|l| {
        let live = l.exposures.iter().map(|e| (e, e.started));
        live.chain(
            l.deleted.iter().flat_map(move |d| d.exposures.iter().map(move |e| (e, e.started.min(before(d.at))))),
        )
    });
    for (e, when) in evidence {
        if !tombs.contains_key(&Gone::Exposure(e.id)) {
            let step = latest_step.entry(e.step).or_insert(when);
            *step = (*step).max(when);
            let ladder = latest_ladder.entry(e.ladder).or_insert(when);
            *ladder = (*ladder).max(when);
        }
    }

    // Each ladder's fields and whether it is deleted.
    let mut merged: HashMap<LadderId, (Ladder, bool, Timestamp)> = HashMap::new();
    for id in ladder_ids.iter().copied() {
        let (la, lb) = (sa.ladders.get(&id), sb.ladders.get(&id));
        let ladder = match (la, lb) {
            (Some((x, _)), Some((y, _))) => merge_ladder_fields(x, y),
            (Some((x, _)), None) | (None, Some((x, _))) => Ladder { steps: Vec::new(), ..(*x).clone() },
            (None, None) => continue,
        };
        let lived = ladder.changed.restored.max(latest_ladder.get(&id).copied().unwrap_or_default());
        if tombs.get(&Gone::Ladder(id)).is_some_and(|at| lived <= *at) {
            continue;
        }
        let deleted_at = la.and_then(|(_, d)| *d).max(lb.and_then(|(_, d)| *d));
        let mut deleted = deleted_at.is_some_and(|at| at > lived);
        if draft.is_some_and(|d| d.ladder == id) {
            deleted = false;
        }
        merged.insert(id, (ladder, deleted, deleted_at.unwrap_or_default()));
    }

    // Each step's fields and whether it is deleted on its own.
    let step_ids: BTreeSet<StepId> = sa.steps.keys().chain(sb.steps.keys()).copied().collect();
    let mut steps: HashMap<StepId, (LadderId, Step, Option<Deletion>)> = HashMap::new();
    for id in step_ids {
        let (xa, xb) = (sa.steps.get(&id), sb.steps.get(&id));
        let Some(ladder) = xa.or(xb).map(|(l, _, _)| *l).filter(|l| merged.contains_key(l)) else { continue };
        let step = match (xa, xb) {
            (Some((_, x, _)), Some((_, y, _))) => merge_step(x, y),
            (Some((_, x, _)), None) | (None, Some((_, x, _))) => merge_step(x, x),
            (None, None) => continue,
        };
        let lived = step.changed.restored.max(latest_step.get(&id).copied().unwrap_or_default());
        // A step in its ladder somewhere came back with its ladder's restore too; one deleted on
        // its own did not.
        let in_ladder = [xa, xb].iter().flatten().any(|(_, _, d)| d.is_none());
        let ladder_restored = merged.get(&ladder).map(|(l, _, _)| l.changed.restored).unwrap_or_default();
        let kept_from = if in_ladder { lived.max(ladder_restored) } else { lived };
        if tombs.get(&Gone::Step(id)).is_some_and(|at| kept_from <= *at) {
            continue;
        }
        let deleted = xa.and_then(|(_, _, d)| *d).max(xb.and_then(|(_, _, d)| *d));
        let mut deleted = deleted.filter(|(at, _)| *at > lived);
        if draft.is_some_and(|d| d.step == id) {
            deleted = None;
        }
        steps.insert(id, (ladder, step, deleted));
    }

    // The live steps of each ladder, in order.
    let mut by_ladder: HashMap<LadderId, Vec<StepId>> = HashMap::new();
    let kept_ladders: Vec<LadderId> = ladder_ids.iter().copied().filter(|id| merged.contains_key(id)).collect();
    for id in &kept_ladders {
        let keep = |s: StepId| steps.get(&s).is_some_and(|(l, _, d)| *l == *id && d.is_none());
        let (oa, ob) = (sa.step_order(*id), sb.step_order(*id));
        let (mut order, stamp) = merge_order((&oa.0, oa.1), (&ob.0, ob.1), keep);
        let listed: HashSet<StepId> = order.iter().copied().collect();
        let mut rest: Vec<StepId> = steps
            .iter()
            .filter(|(s, (l, _, d))| *l == *id && d.is_none() && !listed.contains(s))
            .map(|(s, _)| *s)
            .collect();
        rest.sort_unstable();
        order.extend(rest);
        if let Some((ladder, _, _)) = merged.get_mut(id) {
            ladder.changed.steps = stamp;
        }
        by_ladder.insert(*id, order);
    }

    let keep_ladder = |l: LadderId| merged.get(&l).is_some_and(|(_, deleted, _)| !deleted);
    let (mut order, stamp) = merge_order((&sa.live_order, sa.order), (&sb.live_order, sb.order), keep_ladder);
    let listed: HashSet<LadderId> = order.iter().copied().collect();
    order.extend(ladder_ids.iter().copied().filter(|l| keep_ladder(*l) && !listed.contains(l)));

    let mut out = Ladders {
        live: Vec::with_capacity(order.len()),
        order: stamp,
        deleted: Vec::new(),
        steps: HashMap::with_capacity(steps.len()),
        kept: merged.keys().copied().collect(),
    };
    let with_steps = |id: LadderId, ladder: &Ladder, steps: &mut HashMap<StepId, _>| {
        let mut ladder = ladder.clone();
        for step_id in by_ladder.get(&id).into_iter().flatten() {
            if let Some((_, step, _)) = steps.remove(step_id) {
                ladder.steps.push(step);
            }
        }
        ladder
    };
    for id in &order {
        let (ladder, _, _) = &merged[id];
        let ladder = with_steps(*id, ladder, &mut steps);
        out.steps.extend(ladder.steps.iter().map(|s| (s.id, (*id, Place::Live))));
        out.live.push(ladder);
    }
    // Recently deleted: ladders, then steps, each by deletion time and id.
    let mut deleted_ladders: Vec<(Timestamp, LadderId)> =
        merged.iter().filter(|(_, (_, deleted, _))| *deleted).map(|(id, (_, _, at))| (*at, *id)).collect();
    deleted_ladders.sort_unstable();
    for (at, id) in deleted_ladders {
        let ladder = with_steps(id, &merged[&id].0, &mut steps);
        let index = out.deleted.len();
        out.steps.extend(ladder.steps.iter().map(|s| (s.id, (id, Place::InDeletedLadder(index)))));
        out.deleted.push(Deleted { at, item: DeletedItem::Ladder(ladder), exposures: Vec::new() });
    }
    let mut deleted_steps: Vec<(Timestamp, StepId)> =
        steps.iter().filter_map(|(id, (_, _, d))| d.map(|(at, _)| (at, *id))).collect();
    deleted_steps.sort_unstable();
    for (at, id) in deleted_steps {
        let Some((ladder, step, Some((_, position)))) = steps.remove(&id) else { continue };
        out.steps.insert(id, (ladder, Place::InDeletedStep(out.deleted.len())));
        out.deleted.push(Deleted { at, item: DeletedItem::Step { ladder, position, step }, exposures: Vec::new() });
    }
    out
}

fn merge_ladder_fields(a: &Ladder, b: &Ladder) -> Ladder {
    let (ca, cb) = (&a.changed, &b.changed);
    let (title, title_at) = newer((&a.title, ca.title), (&b.title, cb.title));
    let (fear, fear_at) = newer((&a.fear, ca.fear), (&b.fear, cb.fear));
    let (archived, archived_at) = newer((&a.archived, ca.archived), (&b.archived, cb.archived));
    Ladder {
        id: a.id,
        title,
        fear,
        steps: Vec::new(),
        archived,
        created: a.created.min(b.created),
        changed: LadderChanged {
            title: title_at,
            fear: fear_at,
            archived: archived_at,
            steps: ca.steps.max(cb.steps),
            restored: ca.restored.max(cb.restored),
        },
    }
}

/// Two versions of a step, field by field; the estimate history is the union of both in time
/// order (two re-ratings in the same second in order of the estimate), also when `a` is `b`.
fn merge_step(a: &Step, b: &Step) -> Step {
    let (ca, cb) = (&a.changed, &b.changed);
    let (situation, situation_at) = newer((&a.situation, ca.situation), (&b.situation, cb.situation));
    let (estimate, estimate_at) = newer((&a.estimate, ca.estimate), (&b.estimate, cb.estimate));
    let mut estimate_history: Vec<EstimateRecord> =
        a.estimate_history.iter().chain(&b.estimate_history).copied().collect();
    estimate_history.sort_by_key(|r| (r.replaced, r.estimate));
    estimate_history.dedup();
    Step {
        id: a.id,
        situation,
        estimate,
        estimate_history,
        changed: StepChanged { situation: situation_at, estimate: estimate_at, restored: ca.restored.max(cb.restored) },
    }
}
