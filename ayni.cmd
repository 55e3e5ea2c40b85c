@echo off
rem Runs Ayni on Windows, building it first (with Maven) when target\ayni.jar is missing.
rem Rebuild after changing the sources with: mvn -B -q -DskipTests package
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\ayni.jar"
if exist "%JAR%" goto run
where mvn >nul 2>nul || (echo ayni: Maven ^(mvn^) is needed to build Ayni; install it and Java 17 or later 1>&2 & exit /b 2)
echo ayni: building Ayni ^(first time: about 2 minutes, downloading its libraries once^)... 1>&2
pushd "%HERE%"
call mvn -B -q --no-transfer-progress -Dstyle.color=never -DskipTests package 1>&2
set "BUILD=%ERRORLEVEL%"
popd
if not "%BUILD%"=="0" (echo ayni: the build failed ^(output above^) 1>&2 & exit /b 1)
:run
if /i "%~1"=="gui" (java -jar "%JAR%" %*) else (java -Djava.awt.headless=true -jar "%JAR%" %*)
exit /b %ERRORLEVEL%
