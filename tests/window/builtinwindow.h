#pragma once

// The real main window on the built-in dataset at 1440 × 900 (not shown), the starting point
// of the window tests. Owns the model (through `owner`) and the window.

#include <app/mainwindow.h>
#include <model/dashboardmodel.h>
#include <views/appfonts.h>

#include <gtest/gtest.h>

#include <memory>

namespace medtour::test {

struct BuiltinWindow {
    QObject owner;
    DashboardModel *model = new DashboardModel(&owner);
    std::unique_ptr<MainWindow> window;
    BuiltinWindow()
    {
        installApplicationFonts();
        EXPECT_FALSE(model->loadBuiltin().has_value());
        window = std::make_unique<MainWindow>(model);
        window->resize(1440, 900);
    }
};

}  // namespace medtour::test
