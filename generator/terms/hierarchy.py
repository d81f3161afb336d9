"""Broader and narrower terms: `broader: [ids]` on a term, read as a hierarchy.

"Utrikes födda som står långt från arbetsmarknaden" is narrower than both "Utrikes födda"
and "Personer som står långt från arbetsmarknaden", so a reader looking for the broader
group should find the narrower one too. The look-ups are pure functions of the terms'
`broader` lists; the validator refuses unknown ids and cycles, so they always end.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Broader = Mapping[str, Sequence[str]]
"""Each term id and the ids of its broader terms, as written."""


def narrower_map(broader: Broader) -> dict[str, list[str]]:
    """Each term's directly narrower terms, sorted: the inverse of `broader`."""
    found: dict[str, set[str]] = {term: set() for term in broader}
    for term, parents in broader.items():
        for parent in parents:
            found.setdefault(parent, set()).add(term)
    return {term: sorted(children) for term, children in found.items()}


def narrower(term: str, broader: Broader) -> list[str]:
    """Every term below `term`, at any depth, each once, sorted; not `term` itself."""
    below = narrower_map(broader)
    seen: set[str] = set()
    pending = list(below.get(term, ()))
    while pending:
        child = pending.pop()
        if child in seen or child == term:
            continue
        seen.add(child)
        pending.extend(below.get(child, ()))
    return sorted(seen)


def with_narrower(term: str, broader: Broader) -> list[str]:
    """`term` followed by every term below it: what a reader of `term` wants to find."""
    return [term, *narrower(term, broader)]


def cycles(broader: Broader) -> list[list[str]]:
    """One cycle per knot of terms that lead back to themselves, as the path that closes
    it (`[a, b, a]`), starting from the knot's first term in the order given.

    Linear in the number of terms and links (strongly connected components, then one
    shortest way round), so a hostile vocabulary cannot make it slow."""
    order = {term: index for index, term in enumerate(broader)}
    found = []
    for component in _components(broader):
        start = min(component, key=lambda term: order.get(term, len(order)))
        if len(component) > 1 or start in broader.get(start, ()):
            found.append(_way_round(start, component, broader))
    return sorted(found, key=lambda path: order.get(path[0], len(order)))


def _components(broader: Broader) -> list[set[str]]:
    """Strongly connected components (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[set[str]] = []
    for root in broader:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            term, position = work.pop()
            if position == 0:
                index[term] = low[term] = len(index)
                stack.append(term)
                on_stack.add(term)
            parents = list(broader.get(term, ()))
            if position < len(parents):
                work.append((term, position + 1))
                parent = parents[position]
                if parent not in index:
                    work.append((parent, 0))
                elif parent in on_stack:
                    low[term] = min(low[term], index[parent])
                continue
            if low[term] == index[term]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == term:
                        break
                components.append(component)
            if work:
                caller = work[-1][0]
                low[caller] = min(low[caller], low[term])
    return components


def _way_round(start: str, component: set[str], broader: Broader) -> list[str]:
    """The shortest path from `start` upwards back to `start`, inside its component."""
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for term in frontier:
            for parent in broader.get(term, ()):
                if parent == start:
                    chain = [term]
                    while chain[-1] != start:
                        chain.append(came_from[chain[-1]])
                    return [*reversed(chain), start]
                if parent in component and parent not in came_from:
                    came_from[parent] = term
                    following.append(parent)
        frontier = following
    return [start, start]
