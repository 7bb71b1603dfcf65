#include "polygontriangulator.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace stormcrew::map {

namespace {

struct Node {
    std::uint32_t i = 0; // vertex index in the output
    double x = 0, y = 0;
    Node *prev = nullptr, *next = nullptr;
    std::int32_t z = 0;
    Node *prevZ = nullptr, *nextZ = nullptr;
    bool steiner = false;
};

// One polygon's worth of ear clipping; nodes live in a deque so that pointers stay valid.
class EarClipper {
public:
    EarClipper(std::vector<std::uint32_t> &triangles) : m_triangles(triangles) {}

    void run(const std::vector<std::vector<QPointF>> &rings, std::uint32_t firstIndex)
    {
        // Work in coordinates normalised to the polygon's box, so tiny counties and whole states
        // meet the same numerical conditions.
        double minX = std::numeric_limits<double>::max(), minY = minX;
        double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
        for (const QPointF &p : rings[0]) {
            minX = std::min(minX, p.x());
            minY = std::min(minY, p.y());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
        const double extent = std::max(maxX - minX, maxY - minY);
        if (!(extent > 0))
            return;
        m_originX = minX;
        m_originY = minY;
        m_scale = 1.0 / extent;

        std::uint32_t index = firstIndex;
        Node *outer = linkedList(rings[0], index, true);
        index += std::uint32_t(rings[0].size());
        if (!outer || outer->next == outer->prev)
            return;
        if (rings.size() > 1) {
            std::vector<Node *> queue;
            for (std::size_t r = 1; r < rings.size(); ++r) {
                Node *list = linkedList(rings[r], index, false);
                index += std::uint32_t(rings[r].size());
                if (!list)
                    continue;
                if (list == list->next)
                    list->steiner = true;
                queue.push_back(leftmost(list));
            }
            std::sort(queue.begin(), queue.end(), [](const Node *a, const Node *b) {
                return a->x < b->x || (a->x == b->x && a->y < b->y);
            });
            for (Node *hole : queue)
                outer = eliminateHole(hole, outer);
        }
        std::size_t total = 0;
        for (const auto &ring : rings)
            total += ring.size();
        m_hashed = total > 80;
        earcutLinked(outer, 0);
    }

private:
    std::vector<std::uint32_t> &m_triangles;
    std::deque<Node> m_nodes;
    double m_originX = 0, m_originY = 0, m_scale = 1;
    bool m_hashed = false;

    Node *insertNode(std::uint32_t i, double x, double y, Node *last)
    {
        Node &p = m_nodes.emplace_back();
        p.i = i;
        p.x = x;
        p.y = y;
        if (!last) {
            p.prev = &p;
            p.next = &p;
        } else {
            p.next = last->next;
            p.prev = last;
            last->next->prev = &p;
            last->next = &p;
        }
        return &p;
    }

    static void removeNode(Node *p)
    {
        p->next->prev = p->prev;
        p->prev->next = p->next;
        if (p->prevZ)
            p->prevZ->nextZ = p->nextZ;
        if (p->nextZ)
            p->nextZ->prevZ = p->prevZ;
    }

    Node *linkedList(const std::vector<QPointF> &ring, std::uint32_t first, bool clockwise)
    {
        double sum = 0;
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++)
            sum += (ring[j].x() - ring[i].x()) * (ring[i].y() + ring[j].y());
        Node *last = nullptr;
        auto add = [&](std::size_t i) {
            last = insertNode(first + std::uint32_t(i), (ring[i].x() - m_originX) * m_scale,
                              (ring[i].y() - m_originY) * m_scale, last);
        };
        if (clockwise == (sum > 0))
            for (std::size_t i = 0; i < n; ++i)
                add(i);
        else
            for (std::size_t i = n; i-- > 0;)
                add(i);
        if (last && equals(last, last->next)) {
            removeNode(last);
            last = last->next;
        }
        return last;
    }

    static bool equals(const Node *a, const Node *b) { return a->x == b->x && a->y == b->y; }

    static double area(const Node *p, const Node *q, const Node *r)
    {
        return (q->y - p->y) * (r->x - q->x) - (q->x - p->x) * (r->y - q->y);
    }

    static bool pointInTriangle(double ax, double ay, double bx, double by, double cx, double cy,
                                double px, double py)
    {
        return (cx - px) * (ay - py) >= (ax - px) * (cy - py) &&
               (ax - px) * (by - py) >= (bx - px) * (ay - py) &&
               (bx - px) * (cy - py) >= (cx - px) * (by - py);
    }

    static int sign(double v) { return v > 0 ? 1 : v < 0 ? -1 : 0; }

    static bool onSegment(const Node *p, const Node *q, const Node *r)
    {
        return q->x <= std::max(p->x, r->x) && q->x >= std::min(p->x, r->x) &&
               q->y <= std::max(p->y, r->y) && q->y >= std::min(p->y, r->y);
    }

    static bool intersects(const Node *p1, const Node *q1, const Node *p2, const Node *q2)
    {
        const int o1 = sign(area(p1, q1, p2)), o2 = sign(area(p1, q1, q2));
        const int o3 = sign(area(p2, q2, p1)), o4 = sign(area(p2, q2, q1));
        if (o1 != o2 && o3 != o4)
            return true;
        return (o1 == 0 && onSegment(p1, p2, q1)) || (o2 == 0 && onSegment(p1, q2, q1)) ||
               (o3 == 0 && onSegment(p2, p1, q2)) || (o4 == 0 && onSegment(p2, q1, q2));
    }

    static bool intersectsPolygon(const Node *a, const Node *b)
    {
        const Node *p = a;
        do {
            if (p->i != a->i && p->next->i != a->i && p->i != b->i && p->next->i != b->i &&
                intersects(p, p->next, a, b))
                return true;
            p = p->next;
        } while (p != a);
        return false;
    }

    static bool locallyInside(const Node *a, const Node *b)
    {
        return area(a->prev, a, a->next) < 0 ? area(a, b, a->next) >= 0 && area(a, a->prev, b) >= 0
                                             : area(a, b, a->prev) < 0 || area(a, a->next, b) < 0;
    }

    static bool middleInside(const Node *a, const Node *b)
    {
        const Node *p = a;
        bool inside = false;
        const double px = (a->x + b->x) / 2, py = (a->y + b->y) / 2;
        do {
            if (((p->y > py) != (p->next->y > py)) && p->next->y != p->y &&
                (px < (p->next->x - p->x) * (py - p->y) / (p->next->y - p->y) + p->x))
                inside = !inside;
            p = p->next;
        } while (p != a);
        return inside;
    }

    static bool isValidDiagonal(const Node *a, const Node *b)
    {
        return a->next->i != b->i && a->prev->i != b->i && !intersectsPolygon(a, b) &&
               ((locallyInside(a, b) && locallyInside(b, a) && middleInside(a, b) &&
                 (area(a->prev, a, b->prev) != 0 || area(a, b->prev, b) != 0)) ||
                (equals(a, b) && area(a->prev, a, a->next) > 0 && area(b->prev, b, b->next) > 0));
    }

    Node *splitPolygon(Node *a, Node *b)
    {
        Node *a2 = &m_nodes.emplace_back();
        *a2 = Node{a->i, a->x, a->y};
        Node *b2 = &m_nodes.emplace_back();
        *b2 = Node{b->i, b->x, b->y};
        Node *an = a->next, *bp = b->prev;
        a->next = b;
        b->prev = a;
        a2->next = an;
        an->prev = a2;
        b2->next = a2;
        a2->prev = b2;
        bp->next = b2;
        b2->prev = bp;
        return b2;
    }

    static Node *filterPoints(Node *start, Node *end = nullptr)
    {
        if (!start)
            return start;
        if (!end)
            end = start;
        Node *p = start;
        bool again;
        do {
            again = false;
            if (!p->steiner && (equals(p, p->next) || area(p->prev, p, p->next) == 0)) {
                removeNode(p);
                p = end = p->prev;
                if (p == p->next)
                    break;
                again = true;
            } else {
                p = p->next;
            }
        } while (again || p != end);
        return end;
    }

    static Node *leftmost(Node *start)
    {
        Node *p = start, *best = start;
        do {
            if (p->x < best->x || (p->x == best->x && p->y < best->y))
                best = p;
            p = p->next;
        } while (p != start);
        return best;
    }

    static bool sectorContainsSector(const Node *m, const Node *p)
    {
        return area(m->prev, m, p->prev) < 0 && area(p->next, m, m->next) < 0;
    }

    static Node *findHoleBridge(Node *hole, Node *outer)
    {
        Node *p = outer, *m = nullptr;
        const double hx = hole->x, hy = hole->y;
        double qx = -std::numeric_limits<double>::infinity();
        do {
            if (hy <= p->y && hy >= p->next->y && p->next->y != p->y) {
                const double x = p->x + (hy - p->y) * (p->next->x - p->x) / (p->next->y - p->y);
                if (x <= hx && x > qx) {
                    qx = x;
                    m = p->x < p->next->x ? p : p->next;
                    if (x == hx)
                        return m;
                }
            }
            p = p->next;
        } while (p != outer);
        if (!m)
            return nullptr;
        Node *stop = m;
        const double mx = m->x, my = m->y;
        double tanMin = std::numeric_limits<double>::infinity();
        p = m;
        do {
            if (hx >= p->x && p->x >= mx && hx != p->x &&
                pointInTriangle(hy < my ? hx : qx, hy, mx, my, hy < my ? qx : hx, hy, p->x, p->y)) {
                const double tan = std::abs(hy - p->y) / (hx - p->x);
                if (locallyInside(p, hole) &&
                    (tan < tanMin ||
                     (tan == tanMin &&
                      (p->x > m->x || (p->x == m->x && sectorContainsSector(m, p)))))) {
                    m = p;
                    tanMin = tan;
                }
            }
            p = p->next;
        } while (p != stop);
        return m;
    }

    Node *eliminateHole(Node *hole, Node *outer)
    {
        Node *bridge = findHoleBridge(hole, outer);
        if (!bridge)
            return outer;
        Node *reverse = splitPolygon(bridge, hole);
        filterPoints(reverse, reverse->next);
        return filterPoints(bridge, bridge->next);
    }

    static std::int32_t zOrder(double fx, double fy)
    {
        // Coordinates are normalised to [0, 1]: 15 bits each.
        auto spread = [](std::uint32_t v) {
            v = (v | (v << 8)) & 0x00FF00FFu;
            v = (v | (v << 4)) & 0x0F0F0F0Fu;
            v = (v | (v << 2)) & 0x33333333u;
            v = (v | (v << 1)) & 0x55555555u;
            return v;
        };
        const auto x = std::uint32_t(std::clamp(fx, 0.0, 1.0) * 32767);
        const auto y = std::uint32_t(std::clamp(fy, 0.0, 1.0) * 32767);
        return std::int32_t(spread(x) | (spread(y) << 1));
    }

    static void indexCurve(Node *start)
    {
        Node *p = start;
        do {
            if (p->z == 0)
                p->z = zOrder(p->x, p->y);
            p->prevZ = p->prev;
            p->nextZ = p->next;
            p = p->next;
        } while (p != start);
        p->prevZ->nextZ = nullptr;
        p->prevZ = nullptr;
        sortLinked(p);
    }

    // Simon Tatham's linked-list merge sort, on the z-order links.
    static void sortLinked(Node *list)
    {
        int inSize = 1, merges;
        do {
            Node *p = list, *tail = nullptr;
            list = nullptr;
            merges = 0;
            while (p) {
                ++merges;
                Node *q = p;
                int pSize = 0;
                for (int i = 0; i < inSize; ++i) {
                    ++pSize;
                    q = q->nextZ;
                    if (!q)
                        break;
                }
                int qSize = inSize;
                while (pSize > 0 || (qSize > 0 && q)) {
                    Node *e;
                    if (pSize != 0 && (qSize == 0 || !q || p->z <= q->z)) {
                        e = p;
                        p = p->nextZ;
                        --pSize;
                    } else {
                        e = q;
                        q = q->nextZ;
                        --qSize;
                    }
                    if (tail)
                        tail->nextZ = e;
                    else
                        list = e;
                    e->prevZ = tail;
                    tail = e;
                }
                p = q;
            }
            tail->nextZ = nullptr;
            inSize *= 2;
        } while (merges > 1);
    }

    static bool blocks(const Node *p, const Node *a, const Node *b, const Node *c, double x0,
                       double y0, double x1, double y1)
    {
        return p->x >= x0 && p->x <= x1 && p->y >= y0 && p->y <= y1 && p != a && p != c &&
               pointInTriangle(a->x, a->y, b->x, b->y, c->x, c->y, p->x, p->y) &&
               area(p->prev, p, p->next) >= 0;
    }

    bool isEar(const Node *ear) const
    {
        const Node *a = ear->prev, *b = ear, *c = ear->next;
        if (area(a, b, c) >= 0)
            return false; // reflex
        const double x0 = std::min({a->x, b->x, c->x}), y0 = std::min({a->y, b->y, c->y});
        const double x1 = std::max({a->x, b->x, c->x}), y1 = std::max({a->y, b->y, c->y});
        if (!m_hashed) {
            for (const Node *p = c->next; p != a; p = p->next)
                if (blocks(p, a, b, c, x0, y0, x1, y1))
                    return false;
            return true;
        }
        const std::int32_t minZ = zOrder(x0, y0), maxZ = zOrder(x1, y1);
        const Node *p = ear->prevZ, *n = ear->nextZ;
        while (p && p->z >= minZ && n && n->z <= maxZ) {
            if (blocks(p, a, b, c, x0, y0, x1, y1))
                return false;
            p = p->prevZ;
            if (blocks(n, a, b, c, x0, y0, x1, y1))
                return false;
            n = n->nextZ;
        }
        for (; p && p->z >= minZ; p = p->prevZ)
            if (blocks(p, a, b, c, x0, y0, x1, y1))
                return false;
        for (; n && n->z <= maxZ; n = n->nextZ)
            if (blocks(n, a, b, c, x0, y0, x1, y1))
                return false;
        return true;
    }

    void addTriangle(const Node *a, const Node *b, const Node *c)
    {
        m_triangles.push_back(a->i);
        m_triangles.push_back(b->i);
        m_triangles.push_back(c->i);
    }

    Node *cureLocalIntersections(Node *start)
    {
        Node *p = start;
        do {
            Node *a = p->prev, *b = p->next->next;
            if (!equals(a, b) && intersects(a, p, p->next, b) && locallyInside(a, b) &&
                locallyInside(b, a)) {
                addTriangle(a, p, b);
                removeNode(p);
                removeNode(p->next);
                p = start = b;
            }
            p = p->next;
        } while (p != start);
        return filterPoints(p);
    }

    void splitEarcut(Node *start)
    {
        Node *a = start;
        do {
            Node *b = a->next->next;
            while (b != a->prev) {
                if (a->i != b->i && isValidDiagonal(a, b)) {
                    Node *c = splitPolygon(a, b);
                    a = filterPoints(a, a->next);
                    c = filterPoints(c, c->next);
                    earcutLinked(a, 0);
                    earcutLinked(c, 0);
                    return;
                }
                b = b->next;
            }
            a = a->next;
        } while (a != start);
    }

    void earcutLinked(Node *ear, int pass)
    {
        if (!ear)
            return;
        if (pass == 0 && m_hashed)
            indexCurve(ear);
        Node *stop = ear;
        while (ear->prev != ear->next) {
            Node *prev = ear->prev, *next = ear->next;
            if (isEar(ear)) {
                addTriangle(prev, ear, next);
                removeNode(ear);
                ear = next->next;
                stop = next->next;
                continue;
            }
            ear = next;
            if (ear == stop) {
                if (pass == 0)
                    earcutLinked(filterPoints(ear), 1);
                else if (pass == 1)
                    earcutLinked(cureLocalIntersections(filterPoints(ear)), 2);
                else
                    splitEarcut(ear);
                break;
            }
        }
    }
};

} // namespace

void triangulate(const Polygon &polygon, Triangulation &out)
{
    if (polygon.rings.empty() || polygon.rings[0].size() < 3)
        return;
    const auto first = std::uint32_t(out.vertices.size());
    for (const auto &ring : polygon.rings)
        out.vertices.insert(out.vertices.end(), ring.begin(), ring.end());
    EarClipper(out.indices).run(polygon.rings, first);
}

void triangulate(const MultiPolygon &shape, Triangulation &out)
{
    for (const auto &polygon : shape)
        triangulate(polygon, out);
}

} // namespace stormcrew::map
