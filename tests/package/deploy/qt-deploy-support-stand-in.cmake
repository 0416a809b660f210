# Stands in for Qt's QtDeploySupport.cmake: the variables it sets for install scripts, and
# a qt6_deploy_runtime_dependencies() that writes its arguments to deploy-calls.txt in the
# install prefix instead of running windeployqt.
set(QT_DEPLOY_PREFIX "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(QT_DEPLOY_BIN_DIR bin)
set(QT_DEPLOY_LIB_DIR lib)
set(QT_DEPLOY_PLUGINS_DIR plugins)
function(qt6_deploy_runtime_dependencies)
  string(REPLACE ";" " " call "${ARGV}")
  file(APPEND "${QT_DEPLOY_PREFIX}/deploy-calls.txt" "${call}\n")
endfunction()
