#pragma once

#include <QAbstractItemView>

class QTableView;

namespace comptoir {

// The look every list of rows in Comptoir shares (transactions, day closes): whole rows
// selected, alternating rows without a grid, one line per row at a fixed height, a little
// air between cells, smooth sideways scrolling, no row numbers, movable columns the user
// sizes.
void setUpListView(QTableView* view, QAbstractItemView::SelectionMode selection);

} // namespace comptoir
